/**
 * Cytoscape's one inline style. On first use its renderer inserts `<style id="__________cytoscape_stylesheet">`
 * into `document.head` (a rule giving the container `position: relative`), unless an element with that id already
 * exists. Under a Content-Security-Policy without `'unsafe-inline'` in `style-src` that `<style>` is a violation.
 * This claims the id first with a `<meta>` element and gives the page the same rule as a constructed stylesheet
 * (adopted stylesheets are not inline styles, so CSP allows them). Our containers sit in a shadow root and get
 * `position: relative` from the element's own styles; the document rule keeps light-DOM containers as Cytoscape
 * expects them.
 */
export const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
const CONTAINER_CLASS = '__________cytoscape_container';

export function preemptCytoscapeStylesheet(doc: Document | undefined = globalThis.document): void {
  if (!doc?.head || doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = doc.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  marker.name = 'argmap-cytoscape-stylesheet';
  marker.content = 'adopted';
  doc.head.prepend(marker);
  if (typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.${CONTAINER_CLASS} { position: relative; }`);
    // First, so it has the lowest priority, as Cytoscape's own <style> would.
    doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
  }
}
