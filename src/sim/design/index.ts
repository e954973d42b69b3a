// `npm run design`: the instrument the rules are tuned against (issue 16).
export {
  choicePossible,
  DECISION_KINDS,
  type Decision,
  type DecisionKind,
  decisionKey,
  findDecisions,
  forcedOrders,
  forcedPolicy,
  KINDS,
} from './decisions';
export { designMarkdown } from './markdown';
export {
  type DesignJob,
  designContext,
  designPlan,
  designUnits,
  LOYAL_ANSWERS,
  REFERENCE_STRATEGIES,
} from './plan';
export {
  branchable,
  branchDecision,
  DESIGN_SEED_PREFIX,
  type DesignGame,
  finalScore,
  fnv,
  pickDecisions,
  playDesignGame,
  playOn,
} from './play';
export { type DesignContext, type DesignReport, designReport, percentile } from './report';
export { checkDesign, type DesignFigures } from './targets';
