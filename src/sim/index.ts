// The public face of the simulation core. Screens, the store and the command line import from here.

export { aiOrders, isPersonality, TRAITS, type Traits, viewFor } from './ai/index';
export { embassyRewardWords, omissionFrom } from './articles/article-ii';
export { generousAid } from './articles/article-iv';
export { ALL_PAIRINGS, checkBalance, type Pairing, pairingOf, type TargetCheck } from './balance';
export { type BatchTable, batchSeed, type GameSummary, playSummary, tabulate } from './batch';
export { chance, fallBack, winChance } from './battle';
export {
  BUILTIN_SCENARIOS,
  builtinScenarioIds,
  LATER_SCENARIOS,
  type LaterScenario,
  loadBuiltinScenario,
  loadLaterScenario,
} from './builtin';
export { candidateOrders } from './candidates';
export type { Cause, Change, ChangeKind, Refusal, TurnReport } from './context';
export { dueStanding } from './context';
export { costWords } from './cost-words';
export { blinded, firstYearDetection, laterDetection } from './covert';
export { claimUnheard } from './event-effects';
export { EVENT_TEXT, EVENT_TYPES, type EventType } from './events';
export {
  cloneState,
  createGame,
  fromStateData,
  type GameError,
  hashState,
  MAX_SEED_LENGTH,
  type NewGameOptions,
  RULES_VERSION,
  type StateData,
  stateData,
} from './game';
export { wrongedAsTheYearOpened } from './grievances';
export { ACTS_OF_FAITH_WORDS, articleOf, priorsOf, repeatCost, violationCost } from './ledger';
export { answerableUntil } from './orders/answers';
export { suspendedWords } from './orders/diplomacy';
export { buildKeep } from './orders/economy';
export { attackAsOne } from './orders/fleets';
export { supportLostAtOnce } from './orders/fugitives';
export {
  type Breach,
  breachOf,
  describeOrder,
  EMBASSY_ACTIONS,
  ESPIONAGE_MODES,
  ONCE_A_YEAR,
  ORDER_ERROR_CODES,
  ORDER_TYPES,
  ORDERS,
  type Order,
  type OrderCost,
  type OrderDefinition,
  type OrderError,
  type OrderErrorCode,
  type OrderPlace,
  type OrderScreen,
  type OrderType,
  orderCost,
  orderEffect,
  validateOrder,
  validateOrders,
} from './orders/index';
export { rewardNow, rewardWords } from './orders/reward-words';
export { labelOf, orderSystem, placeOf, screenOrders } from './orders/screen';
export { warTwin } from './orders/third-powers';
export { courseOf } from './passage';
export { POLICIES, type Policy, policyNames } from './policies';
export { randomOrders } from './policies/random';
export { type OrderPreview, previewOrder, shelteredCost, type ViolationPreview } from './preview';
export {
  canonicalOrder,
  compactForLink,
  type Divergence,
  encodeReplay,
  GameResultSchema,
  hashesCompared,
  MAX_REPLAY_CHARS,
  OrderSchema,
  originText,
  type ParseReplayOptions,
  parseReplay,
  parseReplayText,
  REPLAY_ERROR_CODES,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  Recorder,
  type Recording,
  type RecordOptions,
  type Replay,
  type ReplayBranch,
  type ReplayError,
  type ReplayErrorCode,
  type ReplayInput,
  ReplaySchema,
  type ReplayStates,
  type ReplayTurn,
  ReplayTurnSchema,
  recordGame,
  recordTurn,
  replayJsonSchema,
  replayStates,
  replayStatesInSteps,
  resolveScenario,
  resumeRecording,
  type ScenarioLoader,
  type ScenarioOrigin,
  scenarioHash,
  scenarioOrigin,
  scenarioRef,
  startRecording,
  type TakeOver,
  takeOver,
  type Verification,
  type Verified,
  verifyReplay,
} from './replay/index';
export { resolveTurn, type TurnOrders, type TurnOutcome } from './resolve';
export { STEPS, type Step } from './resolve-types';
export { seedFromEntropy, stream } from './rng';
export {
  formatScenarioError,
  MAX_SCENARIO_CHARS,
  parseScenario,
  parseScenarioText,
  type ScenarioError,
} from './scenario/parse';
export { DEFAULT_GRADES, type Rules, RulesSchema, type ViolationCode } from './scenario/rules';
export {
  type EventSpec,
  type Grade,
  type Scenario,
  type ScenarioInput,
  ScenarioSchema,
  scenarioJsonSchema,
} from './scenario/schema';
export {
  finalScores,
  gradeMin,
  gradeOf,
  honourPoints,
  isOccupied,
  paradeOf,
  paradePoints,
  prosperityPoints,
  type ScoreBreakdown,
  type ScoreLine,
  scoreBreakdown,
  scoreOf,
  securityPoints,
  shipsOf,
  supportPoints,
  yearPoints,
} from './scoring';
export {
  livePolicy,
  resolvePolicy,
  type SimulateOptions,
  type SimulateResult,
  simulate,
} from './simulate';
export { AI_PERSONALITIES, type AiPersonality, addressGain } from './support';
export { blameless, caseOf, vouchedIn } from './suspension';
export { isRaiders } from './threats';
export { summitRewardedWithin } from './treaty';
export * from './types';
export {
  COVERT_ORDER_TYPES,
  covertSeenBy,
  isCovertOrderType,
  raidersStrengthKnown,
  reportSeenBy,
  stateSeenBy,
  strikeStrength,
} from './visibility';
export {
  developCostOf,
  industryOf,
  influenceOf,
  pathThrough,
  powerName,
  shortestPath,
  systemName,
} from './world';
