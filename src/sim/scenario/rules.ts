// Every number of DESIGN.md sections 5–8 and 11, as a scenario's `rules` block with its defaults.
// A scenario may override any of them; the defaults are the campaign's.
import { z } from 'zod';
import { CrisisSchema } from './rules-crisis';
import { int } from './rules-int';
import { LastingSchema } from './rules-lasting';
import { SupportSchema } from './rules-support';

/** The standing cost of each violation (section 5), by violation code. */
export const ViolationCostsSchema = z
  .strictObject({
    'I/attack': int(0, 100, 25, 'Attack on the other party’s fleet or system (open; suspends the Accords).'),
    'I/covert': int(0, 100, 10, 'Sabotage or espionage against the other party (covert).'),
    'I/neutral-zone-fleets': int(
      0,
      100,
      4,
      'More fleets than allowed in the neutral zone at year end (open, a year).',
    ),
    'II/recall': int(0, 100, 8, 'Recall or expel an embassy (open).'),
    'II/no-embassy': int(0, 100, 2, 'No embassy of level ≥ 1 after the grace years (omission, a year).'),
    'III/arms': int(0, 100, 15, 'Arms or supplies to a third power at war with the other party (covert).'),
    'III/open-support': int(0, 100, 30, 'Open support of a third power at war with the other party (open).'),
    'IV/aid-short': int(
      0,
      100,
      6,
      'A disaster on the other party’s world left short of aid by its deadline (omission).',
    ),
    'V/shelter': int(0, 100, 16, 'Sheltering a fugitive past the extradition deadline (open).'),
    'V/escape': int(0, 100, 12, 'Staging a fugitive’s escape (covert).'),
    'VI/occupy-neutral': int(0, 100, 12, 'Occupying or colonising a neutral-zone system (open).'),
    'VI/trespass': int(0, 100, 3, 'A fleet in the other party’s territory without consent (open, a year).'),
    'VI/seize': int(0, 100, 15, 'Seizing a disputed system without arbitration (open).'),
    'VI/embargo': int(0, 100, 5, 'An embargo or tariff without arbitration (open).'),
    'VI/ruling-ignored': int(
      0,
      100,
      25,
      'A ruling that a world it holds goes to the other party, not accepted by its deadline (open).',
    ),
  })
  .prefault({});

export const RulesSchema = z
  .strictObject({
    costs: ViolationCostsSchema,
    repeatPercent: int(
      0,
      400,
      25,
      'Extra cost, in percent of the base, for each prior detected violation of the same article.',
    ),
    forgivenessYears: int(
      0,
      100,
      10,
      'Violations older than this many years no longer count as priors (Article V).',
    ),
    neutralZoneFleetLimit: int(0, 20, 2, 'Fleets a party may keep inside the neutral zone at year end.'),
    embassyGraceYears: int(0, 100, 5, 'Years after signing before a missing embassy is an omission.'),
    detection: z
      .strictObject({
        firstYearPercent: int(0, 100, 30, 'Chance a covert act is seen in the year it is committed.'),
        perEmbassyLevelPercent: int(
          0,
          100,
          10,
          'Extra first-year chance for each level of the victim’s embassy.',
        ),
        laterPercent: int(0, 100, 10, 'Chance each later year that an unseen covert act comes out.'),
        laterYears: int(0, 100, 10, 'Years after the act during which it can still come out.'),
        exposurePercent: int(
          100,
          400,
          150,
          'Cost of an exposure, in percent of the base cost (the cover-up).',
        ),
        blindPercent: int(
          0,
          100,
          10,
          'First-year chance a covert act is seen when the victim’s embassy was expelled or recalled and not yet rebuilt.',
        ),
        blindLaterPercent: int(
          0,
          100,
          4,
          'Chance each later year that an act comes out while the victim is so blinded.',
        ),
      })
      .prefault({}),
    rewards: z
      .strictObject({
        cleanYear: int(0, 20, 1, 'Standing for a year with no detected violation.'),
        cleanYearBelow: int(
          0,
          101,
          60,
          'The clean-year and embassy rewards are paid only to a standing below this.',
        ),
        driftAbove: int(0, 100, 80, 'A standing above this drifts down each year without an act of faith.'),
        drift: int(0, 20, 1, 'Standing lost a year above `driftAbove` without an act of faith.'),
        shrinkAbove: int(
          0,
          100,
          85,
          'Above this standing a reward shrinks: scaled by what is left to 100 against what was left at this line (rounded down).',
        ),
        embassy: int(0, 20, 1, 'Standing a year with an embassy of at least `embassyLevel`.'),
        embassyLevel: int(1, 3, 2, 'Embassy level that earns the yearly embassy reward.'),
        aidInFull: int(0, 20, 3, 'Standing for aid delivered in full and on time.'),
        aidGenerous: int(0, 20, 2, 'Further standing for aid of at least `aidGenerousPercent` of the need.'),
        aidGenerousPercent: int(100, 1000, 150, 'Share of the need that counts as generous aid.'),
        warAid: int(0, 20, 4, 'Standing for aid to the other party against a third power.'),
        warAidMinimum: int(1, 1000, 5, 'Reserves that count as aid against a third power.'),
        extradition: int(0, 20, 3, 'Standing for an extradition honoured.'),
        arbitration: int(0, 20, 3, 'Standing for a dispute taken to arbitration and its ruling respected.'),
        summit: int(0, 20, 2, 'Standing to both powers for a summit.'),
        summitEveryYears: int(1, 100, 5, 'A summit is rewarded at most once in this many years.'),
      })
      .prefault({}),
    treaty: z
      .strictObject({
        strainedBelow: int(0, 100, 40, 'A standing below this strains the Accords.'),
        suspendBelow: int(0, 100, 20, 'A standing below this lets the other power suspend the Accords.'),
        restoreMinimum: int(
          0,
          100,
          20,
          'Both standings needed (the summit’s own reward included) for a summit to restore suspended Accords.',
        ),
        warRiskPercent: int(0, 100, 10, 'Yearly chance of war while suspended.'),
        warRiskPerOpenViolationPercent: int(
          0,
          100,
          10,
          'Extra war risk for each open violation while suspended.',
        ),
        suspendedYearsToCollapse: int(1, 100, 3, 'Years suspended after which the Accords collapse.'),
        suspenderKeepsPercent: int(
          0,
          100,
          50,
          'Share of its banked score a power keeps when Accords it suspended by its order collapse, its own standing still at the line (the other keeps nothing); with no order on record, the one power whose standing held at the line keeps it.',
        ),
      })
      .prefault({}),
    answers: z
      .strictObject({
        grievancePercent: int(
          0,
          400,
          100,
          'Share, in percent of its cost, of every seen violation that stays as a grievance.',
        ),
        grievanceMax: int(
          0,
          100,
          50,
          'Most grievance a power can carry (its ceiling of standing never falls below 100 minus this).',
        ),
        grievanceHeal: int(
          0,
          100,
          4,
          'Grievance an act of faith heals (aid, an extradition, a ruling, a summit, war aid).',
        ),
        answerYears: int(
          1,
          20,
          2,
          'A violation seen in the last this many years can be answered (protest, reparations, sanctions, a recall in protest).',
        ),
        protestPercent: int(
          0,
          400,
          50,
          'Extra cost, in percent, of the next violation of an article protested.',
        ),
        protestYears: int(1, 50, 5, 'Years a protest stands, waiting for the next violation of its article.'),
        reparations: int(0, 1000, 12, 'Reserves a demand for reparations asks.'),
        reparationsHeal: int(0, 100, 10, 'Grievance reparations paid heal (besides the act of faith).'),
        reparationsStanding: int(0, 20, 6, 'Standing the offender earns for reparations paid.'),
        refuseSupport: int(-20, 20, 3, 'Support at home for refusing reparations.'),
        closedYears: int(
          0,
          50,
          3,
          'Years an expelled embassy may not return, and a recalled or expelled one owes no omission.',
        ),
        warKeepsPercent: int(
          0,
          100,
          50,
          'Share of its banked score a power keeps when it declares war (the other keeps all of its own).',
        ),
      })
      .prefault({}),
    influence: z
      .strictObject({
        base: int(0, 20, 3, 'Influence a year.'),
        embassyBonusLevel: int(1, 3, 2, 'Embassy level in the other capital that adds one influence.'),
        lowSupportBelow: int(0, 100, 20, 'Support below this costs one influence.'),
        embassy: int(0, 10, 1, 'Influence to establish, upgrade or recall an embassy.'),
        diplomacy: int(
          0,
          10,
          1,
          'Influence for arbitration, rulings, seizures, pacts, embargoes, espionage, covert arms, addresses.',
        ),
        summit: int(0, 10, 2, 'Influence for a summit.'),
      })
      .prefault({}),
    economy: z
      .strictObject({
        shipCost: int(0, 100, 4, 'Reserves a ship.'),
        maxBuildPerYard: int(1, 100, 6, 'Ships a shipyard can build in a year.'),
        embassyCostPerLevel: int(0, 100, 5, 'Reserves for each level of the embassy being built.'),
        upkeepShipsPerReserve: int(1, 100, 4, 'Ships that cost one reserve of upkeep a year.'),
        pactPercent: int(0, 100, 10, 'Extra industry for both while a trade pact is in force.'),
        pactYears: int(
          1,
          1000,
          30,
          'Years a trade pact runs once signed; then it ends and a new one may be offered.',
        ),
        talksClosedYears: int(
          0,
          100,
          5,
          'Years no trade pact may be proposed after an offer is let pass or a pact lapses over an unsettled tariff quarrel.',
        ),
        developCost: int(
          1,
          1000,
          12,
          'Reserves to raise an own system’s output by one, from an output of 0.',
        ),
        developCostPerLevel: int(
          0,
          1000,
          20,
          'Further reserves to develop for each output the system already has.',
        ),
        maxOutput: int(1, 100, 12, 'Highest output a system can be developed to.'),
        armsSaleGain: int(0, 1000, 8, 'Reserves earned by covert arms to a third power.'),
        armsStrength: int(0, 100, 2, 'Strength covert arms add to the third power’s war.'),
        openSupportGain: int(0, 1000, 12, 'Reserves earned by open support of a third power.'),
        embargoGain: int(0, 1000, 6, 'Reserves an embargo or tariff earns (and costs the other party).'),
        stealAmount: int(0, 1000, 10, 'Reserves espionage steals at most.'),
        sabotageShips: int(0, 100, 2, 'Ships sabotage destroys.'),
        disasterDamage: int(0, 1000, 0, 'Default reserves a disaster destroys when the event gives none.'),
      })
      .prefault({}),
    claims: z
      .strictObject({
        standingLeanPercent: int(
          0,
          200,
          50,
          'Share (in %) of the gap between the two standings by which the arbiters lean to the power of better standing.',
        ),
        lapseYears: int(
          1,
          1000,
          12,
          'Years a claim on a world stays open unless taken to arbitration; then it lapses. While open, the world banks its holder no security.',
        ),
      })
      .prefault({}),
    threats: z
      .strictObject({
        warningYears: int(
          0,
          10,
          1,
          'Years between a third power’s raid being named (the world, and its raiders gathering beside it) and its strike; 0: it strikes the year it is revealed, unnamed.',
        ),
        securityDefended: int(
          0,
          100,
          2,
          'Security banked once by a power whose named world holds against the raid’s first strike.',
        ),
      })
      .prefault({}),
    movement: z
      .strictObject({
        maxLanes: int(1, 10, 2, 'Lanes a fleet may move in a year.'),
      })
      .prefault({}),
    battle: z
      .strictObject({
        garrison: int(0, 100, 2, 'Strength a system adds to its owner’s defence.'),
        capitalGarrison: int(0, 100, 6, 'Strength a capital adds instead.'),
        oddsPower: int(
          1,
          3,
          2,
          'The power a battle raises both strengths to: the attacker wins with a chance of a^p / (a^p + d^p); 1 weighs ships as they are, 2 gives the larger side the edge of the square (rules version 29).',
        ),
      })
      .prefault({}),
    support: SupportSchema,
    events: z
      .strictObject({
        drawsPerYear: int(0, 10, 2, 'Random events drawn from the table each year.'),
        chancePercent: int(0, 100, 55, 'Chance that each draw brings an event.'),
        lullPercent: int(
          0,
          100,
          0,
          'For each year in a row whose events asked nothing new of a power, each draw is this many points likelier (the power left alone longer counts). 0: no lull.',
        ),
      })
      .prefault({}),
    scoring: z
      .strictObject({
        honourPer: int(1, 100, 20, 'Standing for each point of honour banked a year, up to `honourKnee`.'),
        honourKnee: int(0, 100, 60, 'Standing above which honour is banked more slowly.'),
        honourPerAboveKnee: int(1, 100, 40, 'Standing above `honourKnee` for each further point of honour.'),
        securityBase: int(0, 100, 3, 'Security banked a year by a power holding the worlds it started with.'),
        securityPerWorldGained: int(
          0,
          100,
          1,
          'Security a year for each world held beyond those of the start.',
        ),
        securityPerWorldLost: int(
          0,
          100,
          2,
          'Security lost a year for each world short of those of the start.',
        ),
        prosperityBase: int(
          0,
          100,
          3,
          'Prosperity banked a year when its industry has grown as much as its rival’s.',
        ),
        prosperityPer: int(
          1,
          1000,
          5,
          'Industry gained since the start, ahead of the rival’s gain, for each further point of prosperity.',
        ),
        supportPer: int(1, 100, 25, 'Support for each point banked a year.'),
        paradeShipsPerPoint: int(1, 100, 2, 'Ships of the last year for each point of the parade.'),
        paradeMax: int(0, 1000, 60, 'Most points the parade earns.'),
        neverSuspendedBonus: int(0, 1000, 50, 'Score for Accords never suspended.'),
      })
      .prefault({}),
    lasting: LastingSchema,
    crisis: CrisisSchema,
  })
  .prefault({});

export type Rules = z.output<typeof RulesSchema>;
export type ViolationCode = keyof Rules['costs'];

export const DEFAULT_GRADES = [
  { id: 'grand-parade', name: 'Grand Parade', min: 1275 },
  { id: 'honour-guard', name: 'Honour Guard', min: 1115 },
  { id: 'ceremony', name: 'Ceremony', min: 990 },
  { id: 'cold-peace', name: 'Cold Peace', min: 0 },
];
