// Building the HTML panels over the canvas. Text always goes in as text (never as HTML), so what a
// scenario or a replay file says is shown, not run.
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<{
    class: string;
    id: string;
    title: string;
    testid: string;
    role: string;
    label: string;
  }> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  if (props.title) node.title = props.title;
  if (props.testid) node.dataset.testid = props.testid;
  if (props.role) node.setAttribute('role', props.role);
  if (props.label) node.setAttribute('aria-label', props.label);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

export function button(
  text: string,
  onClick: () => void,
  props: Parameters<typeof el>[1] = {},
): HTMLButtonElement {
  const b = el('button', props, text);
  b.type = 'button';
  // A property, not a listener: a panel patched in place (patch.ts) moves it to the kept button.
  b.onclick = (e) => {
    e.stopPropagation();
    onClick();
  };
  return b;
}

/** The layer the scenes put their panels in. */
/** A dialog's keys in one dim line: "Enter start · Esc back" (`enter`, `esc`: what each does). */
export function keysLine(enter: string, esc: string, tag: 'div' | 'span' = 'span'): HTMLElement {
  return el(tag, { class: 'dim' }, el('kbd', {}, 'Enter'), ` ${enter} · `, el('kbd', {}, 'Esc'), ` ${esc}`);
}

export function uiRoot(): HTMLElement {
  const root = document.getElementById('ui');
  if (!root) throw new Error('the page has no #ui layer');
  return root;
}

/** A panel owned by a scene: added now, removed when `remove` is called (on the scene's shutdown). */
export function mount(node: HTMLElement): () => void {
  uiRoot().append(node);
  return () => node.remove();
}

export function clear(node: HTMLElement): void {
  while (node.firstChild) node.firstChild.remove();
}
