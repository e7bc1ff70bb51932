// Diversity of a set of counts (firms per sector): Shannon entropy (natural logarithm), Simpson's
// index Σp² and its complement, Hill numbers of order 0, 1 and 2 (the "effective number" of
// sectors: richness, exp(Shannon), 1/Σp²), and Frenken, van Oort and Verburg's (2007) split of
// Shannon entropy into unrelated variety (between sector groups) and related variety (the
// weighted entropy within each group): Shannon = unrelated + related.

export interface Diversity {
  /** How many were counted; every figure below is null when none. */
  total: number;
  shannon: number | null;
  /** Σp²: the chance two picked at random share a sector (concentration). */
  simpson: number | null;
  /** 1 − Σp²: the chance they differ (Gini–Simpson). */
  giniSimpson: number | null;
  hill: { q0: number; q1: number | null; q2: number | null };
  relatedVariety: number | null;
  unrelatedVariety: number | null;
}

function entropy(counts: Iterable<number>, total: number): number {
  let sum = 0;
  for (const count of counts) if (count > 0) sum -= (count / total) * Math.log(count / total);
  return sum;
}

/** `counts` by category (zeros allowed); `groupOf` names each category's group, for related variety. */
export function diversity(counts: ReadonlyMap<string, number>, groupOf?: (category: string) => string): Diversity {
  const present = [...counts.entries()].filter(([, count]) => count > 0);
  const total = present.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0)
    return {
      total: 0,
      shannon: null,
      simpson: null,
      giniSimpson: null,
      hill: { q0: 0, q1: null, q2: null },
      relatedVariety: null,
      unrelatedVariety: null,
    };
  const shannon = entropy(
    present.map(([, count]) => count),
    total,
  );
  const simpson = present.reduce((sum, [, count]) => sum + (count / total) ** 2, 0);
  let relatedVariety: number | null = null;
  let unrelatedVariety: number | null = null;
  if (groupOf) {
    const groups = new Map<string, number[]>();
    for (const [category, count] of present) {
      const group = groupOf(category);
      groups.set(group, [...(groups.get(group) ?? []), count]);
    }
    unrelatedVariety = entropy(
      [...groups.values()].map((members) => members.reduce((sum, count) => sum + count, 0)),
      total,
    );
    relatedVariety = 0;
    for (const members of groups.values()) {
      const groupTotal = members.reduce((sum, count) => sum + count, 0);
      relatedVariety += (groupTotal / total) * entropy(members, groupTotal);
    }
  }
  return {
    total,
    shannon,
    simpson,
    giniSimpson: 1 - simpson,
    hill: { q0: present.length, q1: Math.exp(shannon), q2: 1 / simpson },
    relatedVariety,
    unrelatedVariety,
  };
}

/**
 * Location quotient: a sector's share here over its share in the reference (the whole project):
 * above 1, the sector is concentrated here. Null when the reference has none of it.
 */
export function locationQuotient(here: number, hereTotal: number, reference: number, referenceTotal: number) {
  if (hereTotal === 0 || reference === 0 || referenceTotal === 0) return null;
  return here / hereTotal / (reference / referenceTotal);
}
