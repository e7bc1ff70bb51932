import { useEffect, useState } from 'react';
import type { Api } from '../../../../shared/api/contract.js';
import type { ClusterEvent, CustomFieldDefinition, Group } from '../../../../shared/model/schemas.js';

export interface ClusterLists {
  groups: Group[];
  events: ClusterEvent[];
  customFields: CustomFieldDefinition[];
}

const EMPTY: ClusterLists = { groups: [], events: [], customFields: [] };

/**
 * Groups, events and custom field definitions, for the filter and the table. Read again whenever
 * `version` changes (the places or areas were read again: an edit, an undo, an import), so a
 * membership or an event changed elsewhere shows up with them. A failed read keeps the last lists.
 */
export function useClusterLists(api: Api, version: unknown): ClusterLists {
  const [lists, setLists] = useState<ClusterLists>(EMPTY);
  useEffect(() => {
    let current = true;
    Promise.all([api.listGroups({}), api.listEvents({}), api.listCustomFields({})]).then(
      ([groups, events, customFields]) => {
        if (current) setLists({ groups, events, customFields });
      },
      () => {
        // NOTE: the lists only refine filters and columns; the project's own load error says more.
      },
    );
    return () => {
      current = false;
    };
  }, [api, version]);
  return lists;
}
