// When a named raid strikes, in words. No DOM here: the words are tested in Node.

/**
 * When a war's raid on its named world comes, seen in `year`: a war lasts `since`..`until` and strikes
 * each of its years, so a later year's blow is said to be its war's again (the playtest read "strikes
 * Betazed this year" two years running as two raids, or one misdated: it was one war's two blows).
 */
export function raidWhen(war: { since: number; until: number }, year: number): string {
  const { since, until } = war;
  if (year < since) return until > since ? `in ${since} (its war lasts until ${until})` : `in ${since}`;
  if (year === since) return until > since ? `this year (its war lasts until ${until})` : 'this year';
  return `again this year (its war began in ${since} and ${until > year ? `lasts until ${until}` : 'ends this year'})`;
}

/** The years a war's raids strike, for a reader who may not know the year (the map's tip). */
export function raidYears(war: { since: number; until: number }): string {
  return war.until > war.since ? `in ${war.since} and each year to ${war.until}` : `in ${war.since}`;
}
