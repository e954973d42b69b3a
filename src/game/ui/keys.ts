// Phaser's keyboard hands a scene each key as it is pressed, and hands it again with every later key
// of the same frame: its queue is emptied only when the frame ends, and its duplicate check compares
// an event with the last one handled only. H pressed twice within one frame arrived as H, H, H (open,
// close, open), and N twice selected three systems. A scene's handler wrapped here sees each key once.
export function eachKeyOnce(handle: (e: KeyboardEvent) => void): (e: KeyboardEvent) => void {
  const handled = new WeakSet<KeyboardEvent>();
  return (e) => {
    if (handled.has(e)) return;
    handled.add(e);
    handle(e);
  };
}
