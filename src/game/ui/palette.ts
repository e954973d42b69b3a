// Colours of the powers and of the map. The safe palette is for colour-blind players: hues that
// stay apart under the common kinds of colour blindness, with shapes and labels carrying meaning too.
export interface Palette {
  federation: number;
  klingon: number;
  third: number;
  /** A colour for each third power, by its place in the scenario's list (cycled past the last). */
  thirds: readonly number[];
  unowned: number;
  neutralZone: number;
  disputed: number;
  lane: number;
  violation: number;
  reward: number;
  text: string;
}

export const NORMAL: Palette = {
  federation: 0x4da3ff,
  klingon: 0xe0443e,
  third: 0xa77bd6,
  thirds: [0xa77bd6, 0x3cc7a8, 0x9ccc3c, 0xf07cc0, 0xc8965a, 0xcfe8a8, 0xb0607a, 0x8a9a3c],
  unowned: 0x9aa3ad,
  neutralZone: 0xf2d16b,
  disputed: 0xff9d3b,
  lane: 0x3a4b63,
  violation: 0xff5566,
  reward: 0x66dd88,
  text: '#e8eef6',
};

export const SAFE: Palette = {
  federation: 0x0072b2,
  klingon: 0xe69f00,
  third: 0xcc79a7,
  thirds: [0xcc79a7, 0x56b4e9, 0x009e73, 0xa6761d, 0x9f8fd6, 0x999933],
  unowned: 0xbbbbbb,
  neutralZone: 0xf0e442,
  disputed: 0xd55e00,
  lane: 0x4a5568,
  violation: 0xd55e00,
  reward: 0x009e73,
  text: '#ffffff',
};

export function palette(safe: boolean): Palette {
  return safe ? SAFE : NORMAL;
}

export function hex(n: number): string {
  return `#${n.toString(16).padStart(6, '0')}`;
}

/** An owner's colour; a third power's by its place in the scenario's list, the same in editor and game. */
export function ownerColour(p: Palette, owner: string | null, thirdIndex = 0): number {
  if (owner === 'federation') return p.federation;
  if (owner === 'klingon') return p.klingon;
  if (owner === null) return p.unowned;
  return p.thirds[thirdIndex % p.thirds.length] ?? p.third;
}
