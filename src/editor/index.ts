// The scenario editor's model: no DOM, no Phaser. The editor screen (src/game/editor) draws it.

export * from './autotest';
export * from './forces';
export * from './forms';
export * from './history';
export * from './json';
export * from './names';
export * from './operations';
export * from './problems';
export * from './shape';
export * from './timeline';
export * from './work';
