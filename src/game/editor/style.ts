// The editor's look, added to the page with the screen (the game's own style.css stays as it is).
const CSS = `
/* The map's tooltip is under the pointer: \`#ui > *\` would let it take the click meant for the system beside it. */
#ui > .tooltip { pointer-events: none; }
/* One row at 1280 px (with the campaign's powers in the list): compact controls, and on a narrower screen the
   row scrolls rather than wraps (the map and the panel start at its foot: scenes/editor.ts). */
.editor-bar { gap: 4px; flex-wrap: nowrap; overflow-x: auto; font-size: 13px; white-space: nowrap; }
.editor-bar > * { flex: none; }
.editor-bar button { width: auto; padding: 3px 5px; font-size: 13px; }
.editor-bar .tool.active { background: #1f4f8a; }
/* A select as wide as its longest choice ("Romulan Star Empire" was cut at 8em), within reason. */
.editor-bar select { width: auto; max-width: 16em; font: inherit; background: #0b1422; color: var(--text); border: 1px solid var(--edge); border-radius: 3px; padding: 3px 4px; }
.editor-bar .count.bad { color: var(--bad); }
.editor-bar .count.warn { color: var(--warn); }
.editor-side { width: min(420px, 50vw); }
.editor-side button { width: auto; }
.editor-side button.small { padding: 2px 8px; font-size: 12px; }
.editor-side .field { display: grid; grid-template-columns: 120px 1fr auto; gap: 4px 8px; align-items: center; margin: 4px 0; }
.editor-side .field label { color: var(--dim); overflow-wrap: anywhere; }
.editor-side .field .help { grid-column: 1 / -1; font-size: 11px; }
.editor-side .field.bad input, .editor-side .field.bad select, .editor-side .field.bad textarea { border-color: var(--bad); outline: 1px solid var(--bad); }
.editor-side .bad-text { color: var(--bad); }
.editor-side input, .editor-side textarea, .editor-side select { font: inherit; background: #0b1422; color: var(--text); border: 1px solid var(--edge); border-radius: 3px; padding: 3px 5px; min-width: 0; }
.editor-side textarea { min-height: 60px; resize: vertical; }
.editor-side fieldset { border: 1px solid var(--edge); border-radius: 5px; margin: 6px 0; padding: 4px 8px; }
.editor-side fieldset.bad { border-color: var(--bad); }
.editor-side legend { color: var(--text); font-weight: 600; }
.editor-side details.item { border-left: 2px solid var(--edge); padding-left: 6px; margin: 4px 0; }
/* An item's summary: its title, then Remove (read in that order), drawn as one row with Remove at the right of
   the title's first line, the title wrapping in its own column; the summary is as tall as the taller, so the
   next item or an open item's box starts below Remove. The marker hangs outside, where it was drawn. */
.editor-side details.item > summary { list-style-position: outside; margin-left: 1em; }
.editor-side details.item > summary > .line { display: flex; align-items: flex-start; gap: 8px; }
.editor-side details.item > summary > .line > .title { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.editor-side details.item > summary > .line > button { flex: none; }
.editor-side details.section > summary { font-weight: 700; cursor: pointer; padding: 4px 0; }
.editor-side .problem { display: block; width: 100%; text-align: left; margin: 3px 0; white-space: normal; }
.editor-side .problem.error { border-color: var(--bad); }
.editor-side .problem.warning { border-color: var(--warn); }
.editor-side .focused { outline: 2px solid #7fb3ff; }
.editor-dialog button { width: auto; }
.editor-dialog { width: min(900px, 96vw); }
.editor-dialog progress { width: 100%; }
.editor-dialog table.autotest { border-collapse: collapse; font-size: 12px; margin: 6px 0; }
.editor-dialog table.autotest th, .editor-dialog table.autotest td { border: 1px solid var(--edge); padding: 2px 6px; text-align: left; }
`;

export function addEditorStyle(): () => void {
  const style = document.createElement('style');
  style.dataset.editor = 'style';
  style.textContent = CSS;
  document.head.append(style);
  return () => style.remove();
}
