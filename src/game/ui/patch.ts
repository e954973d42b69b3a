// Updating a panel in place: the freshly built tree is laid over the one on screen node by node.
// Nodes that stay (the focused button, the scrubber being dragged) are kept and only what changed
// is touched, so keyboard focus survives a redraw. Handlers are set as `on…` properties (see
// `button` in dom.ts) so that they move to the kept node with the rest; a handler must therefore
// read the node it fires on (`event.currentTarget`), never a node of the tree it was built in.

const HANDLERS = ['onclick', 'oninput', 'onchange', 'ontoggle'] as const;
const LIVE = ['value', 'checked', 'open'] as const;

/** Make `target`'s children look like `next`'s (whose nodes may be moved into `target`). */
export function patchChildren(target: Node, next: Node): void {
  const wanted = [...next.childNodes];
  wanted.forEach((n, i) => {
    const o = target.childNodes[i];
    if (!o) target.appendChild(n);
    else if (sameKind(o, n)) patchNode(o, n);
    else target.replaceChild(n, o);
  });
  while (target.childNodes.length > wanted.length) target.lastChild?.remove();
}

function sameKind(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
  // A canvas is a picture drawn once: a new one replaces it.
  if (a.nodeName === 'CANVAS') return false;
  if (a instanceof HTMLElement && b instanceof HTMLElement) return a.dataset.testid === b.dataset.testid;
  return true;
}

function patchNode(o: Node, n: Node): void {
  if (!(o instanceof HTMLElement && n instanceof HTMLElement)) {
    if (o.nodeValue !== n.nodeValue) o.nodeValue = n.nodeValue;
    return;
  }
  for (const a of [...o.attributes]) if (!n.hasAttribute(a.name)) o.removeAttribute(a.name);
  for (const a of [...n.attributes]) if (o.getAttribute(a.name) !== a.value) o.setAttribute(a.name, a.value);
  const from = n as unknown as Record<string, unknown>;
  const to = o as unknown as Record<string, unknown>;
  for (const h of HANDLERS) if (to[h] !== from[h]) to[h] = from[h];
  patchChildren(o, n);
  // Live values after the children: a select's value needs its options in place first.
  for (const p of LIVE) if (p in n && to[p] !== from[p]) to[p] = from[p];
}
