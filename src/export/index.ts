export { annotationsOf, ANNO_CONTEXT, ID_IRI_PREFIX } from './annotations';
export { CSV_EXPORTS, csvOf, type CsvExport } from './csv-exports';
export { EVIDENCE_SEPARATOR, gexfOf, graphmlOf, networkGraphOf, type NetworkRequest } from './network-graph';
