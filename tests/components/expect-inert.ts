/** Elements a hostile string would create if it were ever parsed as HTML. */
const INJECTED = 'script, img, svg, iframe, object, embed, b';

/**
 * Asserts that nothing under `root` came from markup in page or user text: no injected element, no
 * inline handler and no link or source that runs script. The surface's own markup has none of these.
 */
export function expectNoMarkupFrom(root: ParentNode) {
  expect(root.querySelectorAll(INJECTED)).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `${element.tagName} has ${attribute.name}`).not.toMatch(/^on/i);
      if (/^(href|src|action|formaction)$/i.test(attribute.name)) {
        expect(attribute.value.trim()).not.toMatch(/^(javascript|data|vbscript):/i);
      }
    }
  }
}
