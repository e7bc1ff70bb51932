import { ApiError } from '../../../shared/api/errors.js';
import type { osmApi } from '../../../shared/api/osm.js';
import { OsmRuleInputSchema } from '../../../shared/api/osm-rules.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { osmMessages } from '../../../shared/i18n/messages/osm.js';
import { issueMessage } from '../../../shared/i18n/validation.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';

// The project's OpenStreetMap category mapping, edited in the app: list the rules (with how many
// places each made at the last import), add, change (category, sector, priority) and remove
// them. Each change is an edit (undo, history); the next import follows the new table.

type OsmRulesService = Pick<
  ServiceOf<typeof osmApi>,
  'listOsmRules' | 'createOsmRule' | 'updateOsmRule' | 'deleteOsmRule'
>;

const tagOf = (rule: { key: string; value: string; requires: string }) =>
  `${rule.key}=${rule.value}${rule.requires ? ` + ${rule.requires}` : ''}`;

export function createOsmRulesService({ store, edits }: ServiceContext): OsmRulesService {
  const requireRule = (id: number) => {
    const rule = store.osm.getRule(id);
    if (!rule) throw new ApiError('not-found', messageRef(osmMessages.ruleNotFound, { id: String(id) }), 'id');
    return rule;
  };
  return {
    listOsmRules: () => store.osm.listRules(),
    createOsmRule(input) {
      return edits.run(messageRef(editMessages.addOsmRule, { tag: tagOf(input) }), () => {
        if (store.osm.ruleIdFor(input.key, input.value, input.requires) !== undefined)
          throw new ApiError('conflict', messageRef(osmMessages.ruleExists, { tag: tagOf(input) }), 'key');
        return store.osm.insertRule(input);
      });
    },
    updateOsmRule({ id, changes }) {
      const current = requireRule(id);
      // A rule that no longer makes creative firms loses its sector.
      const category = changes.category ?? current.category;
      const merged = {
        key: current.key,
        value: current.value,
        requires: current.requires,
        category,
        sector: changes.sector !== undefined ? changes.sector : current.sector,
        priority: changes.priority ?? current.priority,
      };
      const checked = OsmRuleInputSchema.safeParse(merged);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new ApiError('invalid-input', issueMessage(issue), `changes.${issue.path.join('.')}`);
      }
      return edits.run(messageRef(editMessages.editOsmRule, { tag: tagOf(current) }), () =>
        store.osm.updateRule(id, checked.data),
      );
    },
    deleteOsmRule({ id }) {
      const current = requireRule(id);
      return edits.run(messageRef(editMessages.removeOsmRule, { tag: tagOf(current) }), () => {
        store.osm.deleteRule(id);
        return { id };
      });
    },
  };
}
