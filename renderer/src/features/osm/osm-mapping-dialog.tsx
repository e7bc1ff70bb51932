import { useId, useState } from 'react';
import type { OsmRule } from '../../../../shared/api/contract.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { osmMappingMessages as m } from '../../../../shared/i18n/messages/ui/osm-mapping.js';
import { useApi } from '../../api/api-context.js';
import { ErrorMessage } from '../../app/error-message.js';
import { ModalDialog } from '../../app/modal-dialog.js';
import { useT } from '../../i18n/i18n-context.js';
import { noticeText } from '../../i18n/notice.js';
import { OsmRuleForm } from './osm-rule-form.js';
import { ruleHasSector, RuleCategorySelect, RuleSectorSelect } from './osm-rule-fields.js';
import { ruleTag, useOsmRules, type OsmRulesController } from './use-osm-rules.js';

// The project's OpenStreetMap category mapping: one row per rule (its tag, what it makes, the
// creative sector, the priority, how many places it made at the last import), changed in place;
// a form adds rules. Opened from the OpenStreetMap import dialog; the next import follows it.

function RuleRow({ rule, controller }: { rule: OsmRule; controller: OsmRulesController }) {
  const t = useT();
  const tag = ruleTag(rule);
  const plainTag = `${rule.key}=${rule.value}`;
  const [priority, setPriority] = useState(String(rule.priority));
  const savePriority = () => {
    const value = Number(priority);
    if (priority.trim() === '' || value === rule.priority) {
      setPriority(String(rule.priority));
      return;
    }
    void controller.update(rule, { priority: value }).then((saved) => {
      if (!saved) setPriority(String(rule.priority));
    });
  };
  return (
    <tr data-testid="osm-rule" data-tag={tag}>
      <th scope="row" className="osm-mapping__tag">
        <code>{plainTag}</code>
        {rule.requires && <span className="osm-review__kind">{t.t(m.condition, { requires: rule.requires })}</span>}
      </th>
      <td>
        <RuleCategorySelect
          value={rule.category}
          label={t.t(m.categoryOf, { tag })}
          testId="osm-rule-category"
          onChange={(category) =>
            void controller.update(rule, { category, ...(ruleHasSector(category) ? {} : { sector: null }) })
          }
        />
      </td>
      <td>
        <RuleSectorSelect
          category={rule.category}
          value={rule.sector}
          label={t.t(m.sectorOf, { tag })}
          testId="osm-rule-sector"
          onChange={(sector) => void controller.update(rule, { sector })}
        />
      </td>
      <td>
        <input
          className="input input--small osm-mapping__priority"
          type="number"
          min={0}
          max={1000}
          step={1}
          aria-label={t.t(m.priorityOf, { tag })}
          value={priority}
          onChange={(event) => setPriority(event.target.value)}
          onBlur={savePriority}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              savePriority();
            }
          }}
        />
      </td>
      <td className="osm-mapping__count" data-testid="osm-rule-count">
        {rule.lastCount === null ? t.t(m.never) : t.number(rule.lastCount)}
      </td>
      <td>
        <button
          type="button"
          className="button button--small"
          aria-label={t.t(m.removeOf, { tag })}
          onClick={() => void controller.remove(rule)}
        >
          {t.t(m.remove)}
        </button>
      </td>
    </tr>
  );
}

export function OsmMappingDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const id = useId();
  const api = useApi();
  const controller = useOsmRules(api);
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const rules = (controller.rules ?? []).filter((rule) => ruleTag(rule).toLowerCase().includes(needle));
  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      className="osm-mapping-dialog"
      testId="osm-mapping-dialog"
      onCancel={onClose}
    >
      <header className="dialog__header">
        <h2 className="dialog__title" id={`${id}-title`}>
          {t.t(m.title)}
        </h2>
      </header>
      <div className="dialog__body">
        <p className="import-dialog__reading">{t.t(m.intro)}</p>
        <label className="field osm-mapping__filter">
          <span className="field__label">{t.t(m.filterLabel)}</span>
          <input
            className="input"
            type="search"
            data-testid="osm-mapping-filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </label>
        {controller.rules && rules.length === 0 && (
          <p className="import-dialog__reading">{t.t(m.noMatch, { text: filter.trim() })}</p>
        )}
        {rules.length > 0 && (
          <div className="import-table__scroll osm-mapping__scroll" role="region" aria-label={t.t(m.rulesLabel)}>
            <table className="import-table osm-mapping__table">
              <thead>
                <tr>
                  <th scope="col">{t.t(m.tagHeader)}</th>
                  <th scope="col">{t.t(m.categoryHeader)}</th>
                  <th scope="col">{t.t(m.sectorHeader)}</th>
                  <th scope="col">{t.t(m.priorityHeader)}</th>
                  <th scope="col" title={t.t(m.countTitle)}>
                    {t.t(m.countHeader)}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t.t(m.remove)}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rules.map((rule) => (
                  <RuleRow key={`${rule.id}:${rule.priority}`} rule={rule} controller={controller} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <OsmRuleForm onAdd={controller.create} />
        <ErrorMessage message={controller.error} />
        <p className="dialog__hint" role="status" data-testid="osm-mapping-status">
          {controller.status ? noticeText(t, controller.status) : ''}
        </p>
      </div>
      <footer className="dialog__footer">
        <div className="dialog__actions">
          <span className="dialog__spacer" />
          <button type="button" className="button button--primary" data-testid="osm-mapping-close" onClick={onClose}>
            {t.t(commonMessages.close)}
          </button>
        </div>
      </footer>
    </ModalDialog>
  );
}
