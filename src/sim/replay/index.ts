// Replays (DESIGN.md section 9): the file format, recording a game, and verifying, viewing or
// taking over a recorded one.
export {
  canonicalOrder,
  compactForLink,
  encodeReplay,
  GameResultSchema,
  hashKeptInLink,
  MAX_REPLAY_CHARS,
  OrderSchema,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  type Replay,
  type ReplayBranch,
  type ReplayInput,
  ReplaySchema,
  type ReplayTurn,
  ReplayTurnSchema,
  replayJsonSchema,
  scenarioHash,
} from './format';
export { hashesCompared, originText, type ScenarioOrigin, scenarioOrigin } from './origin';
export {
  type ParseReplayOptions,
  parseReplay,
  parseReplayText,
  REPLAY_ERROR_CODES,
  type ReplayError,
  type ReplayErrorCode,
  resolveScenario,
  type ScenarioLoader,
} from './parse';
export {
  Recorder,
  type Recording,
  type RecordOptions,
  recordGame,
  recordTurn,
  resumeRecording,
  scenarioRef,
  startRecording,
} from './record';
export { MAX_CHECKPOINTS, YearStates } from './states';
export {
  type Divergence,
  type ReplayStates,
  replayStates,
  replayStatesInSteps,
  type TakeOver,
  takeOver,
  type Verification,
  type Verified,
  verifyReplay,
} from './verify';
