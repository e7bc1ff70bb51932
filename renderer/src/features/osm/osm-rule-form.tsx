import { useId, useState, type FormEvent } from 'react';
import type { OsmRule, OsmRuleInput } from '../../../../shared/api/contract.js';
import { osmMappingMessages as m } from '../../../../shared/i18n/messages/ui/osm-mapping.js';
import { useT } from '../../i18n/i18n-context.js';
import { ruleHasSector, RuleCategorySelect, RuleSectorSelect } from './osm-rule-fields.js';

/** The form under the rules that adds one: key, value, condition, category, sector, priority. */
export function OsmRuleForm({ onAdd }: { onAdd(input: OsmRuleInput): Promise<boolean> }) {
  const t = useT();
  const id = useId();
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [requires, setRequires] = useState('');
  const [category, setCategory] = useState<OsmRule['category']>('creative-firm');
  const [sector, setSector] = useState<OsmRule['sector']>(null);
  const [priority, setPriority] = useState('70');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onAdd({
      key: key.trim(),
      value: value.trim() || '*',
      requires: requires.trim(),
      category,
      sector: ruleHasSector(category) ? sector : null,
      priority: Number(priority),
    }).then((added) => {
      if (!added) return;
      setKey('');
      setValue('');
      setRequires('');
    });
  };

  return (
    <form className="osm-mapping__add" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 className="import-section__title" id={`${id}-title`}>
        {t.t(m.addTitle)}
      </h3>
      <div className="osm-mapping__add-fields">
        <label className="field">
          <span className="field__label">{t.t(m.keyLabel)}</span>
          <input
            className="input input--small"
            data-testid="osm-rule-new-key"
            value={key}
            onChange={(event) => setKey(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t.t(m.valueLabel)}</span>
          <input
            className="input input--small"
            data-testid="osm-rule-new-value"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t.t(m.requiresLabel)}</span>
          <input
            className="input input--small"
            value={requires}
            onChange={(event) => setRequires(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t.t(m.categoryHeader)}</span>
          <RuleCategorySelect
            value={category}
            label={t.t(m.categoryHeader)}
            testId="osm-rule-new-category"
            onChange={setCategory}
          />
        </label>
        <label className="field">
          <span className="field__label">{t.t(m.sectorHeader)}</span>
          <RuleSectorSelect category={category} value={sector} label={t.t(m.sectorHeader)} onChange={setSector} />
        </label>
        <label className="field">
          <span className="field__label">{t.t(m.priorityHeader)}</span>
          <input
            className="input input--small osm-mapping__priority"
            type="number"
            min={0}
            max={1000}
            step={1}
            value={priority}
            onChange={(event) => setPriority(event.target.value)}
          />
        </label>
        <button type="submit" className="button" data-testid="osm-rule-add" disabled={key.trim() === ''}>
          {t.t(m.add)}
        </button>
      </div>
    </form>
  );
}
