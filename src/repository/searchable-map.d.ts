declare module 'minisearch/SearchableMap' {
  import SearchableMap from 'minisearch/dist/cjs/SearchableMap.cjs';
  export default SearchableMap;
}
