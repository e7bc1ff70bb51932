import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api, OsmRule, OsmRuleChanges, OsmRuleInput } from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { osmMappingMessages as m } from '../../../../shared/i18n/messages/ui/osm-mapping.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

// The category mapping as the dialog edits it: read when it opens, each change sent at once (an
// undo step, so the undo state is read again through `onEdited`), the list read again after it.

export interface OsmRulesController {
  rules: OsmRule[] | null;
  error: Notice | null;
  status: Notice | null;
  update(rule: OsmRule, changes: OsmRuleChanges): Promise<boolean>;
  create(input: OsmRuleInput): Promise<boolean>;
  remove(rule: OsmRule): Promise<boolean>;
}

/** "office=architect", with its condition: "tourism=information + information=office". */
export const ruleTag = (rule: Pick<OsmRule, 'key' | 'value' | 'requires'>) =>
  `${rule.key}=${rule.value}${rule.requires ? ` + ${rule.requires}` : ''}`;

export function useOsmRules(api: Api): OsmRulesController {
  const [rules, setRules] = useState<OsmRule[] | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const [status, setStatus] = useState<Notice | null>(null);
  const mounted = useRef(true);

  const load = useCallback(async () => {
    const list = await api.listOsmRules({});
    if (mounted.current) setRules(list);
  }, [api]);

  useEffect(() => {
    mounted.current = true;
    load().catch((failure: unknown) => mounted.current && setError(errorNotice(failure)));
    return () => {
      mounted.current = false;
    };
  }, [load]);

  /** Runs one change; true when it worked (the list is read again; the undo state is a live list). */
  const change = useCallback(
    async (work: () => Promise<unknown>, done: Notice) => {
      setError(null);
      setStatus(null);
      try {
        await work();
        await load();
        if (mounted.current) setStatus(done);
        return true;
      } catch (failure) {
        if (mounted.current) setError(errorNotice(failure));
        await load().catch(() => undefined);
        return false;
      }
    },
    [load],
  );

  return {
    rules,
    error,
    status,
    update: (rule, changes) =>
      change(() => api.updateOsmRule({ id: rule.id, changes }), messageRef(m.saved, { tag: ruleTag(rule) })),
    create: (input) =>
      change(
        () => api.createOsmRule(input),
        messageRef(m.saved, {
          tag: ruleTag({ key: input.key, value: input.value ?? '*', requires: input.requires ?? '' }),
        }),
      ),
    remove: (rule) => change(() => api.deleteOsmRule({ id: rule.id }), messageRef(m.removed, { tag: ruleTag(rule) })),
  };
}
