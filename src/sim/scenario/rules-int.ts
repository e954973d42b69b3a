// A whole number of the `rules` block: its bounds, its default and what it means (the schema's
// description, which the published JSON schema and the editor's forms show).
import { z } from 'zod';

export const int = (min: number, max: number, def: number, description: string) =>
  z.number().int().min(min).max(max).default(def).describe(description);
