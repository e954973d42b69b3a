// Where the editor keeps its work in the page's storage: named once, read by the editor's model and
// by the title (which must not load the editor to know there is work to go back to).
export const WORK_KEY = 'khitomer.editor.work';
export const MY_SCENARIOS_KEY = 'khitomer.my-scenarios';
