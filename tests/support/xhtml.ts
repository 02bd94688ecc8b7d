/**
 * A page as Firefox hands it to Reader View: its DOM serialized as XHTML (what XMLSerializer
 * gives for an HTML document: void elements self-closed, text and attributes escaped), which
 * Readability's own JSDOMParser then reads. linkedom has no XMLSerializer; this is the part of
 * it the test needs.
 */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

export function xhtml(node: Node): string {
  if (node.nodeType === 9) return xhtml((node as Document).documentElement);
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const name = element.localName;
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  const xmlns = name === 'html' ? ' xmlns="http://www.w3.org/1999/xhtml"' : '';
  const children = [...element.childNodes].map(xhtml).join('');
  if (VOID.has(name) && children === '') return `<${name}${xmlns}${attributes} />`;
  return `<${name}${xmlns}${attributes}>${children}</${name}>`;
}
