/** What the server tells a page: the JSON block `<script type="application/json" id="page-config">` (data, never run). */
export function pageConfig<T>(): T {
  const block = document.getElementById('page-config');
  if (!block?.textContent) throw new Error('the page has no #page-config block: it must be served by the graph server');
  return JSON.parse(block.textContent) as T;
}
