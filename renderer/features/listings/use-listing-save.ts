/**
 * Save in the listing editor: sends each edit call (`listings.edit`, the listing's own fields first,
 * then each variation) and turns refusals into messages beside their fields. A refusal names the rule
 * it broke (`details.issues[].rule`), which the seller reads in their own language.
 */
import { useState } from 'react';
import { LISTING_EDIT_RULES, type ListingEditRule } from '../../../shared/listing-edits';
import type { ApiError } from '../../../shared/errors';
import { call } from '../../api/client';
import { issueKey, type EditCall } from './listing-draft';

export type FieldProblem = { kind: 'rule'; rule: ListingEditRule } | { kind: 'invalid' } | { kind: 'error'; error: ApiError };

export interface SaveOutcome {
  /** How many calls were queued. */
  queued: number;
  /** Problems by field key ("title", "v:123:price", or "form" for the listing as a whole). */
  problems: Record<string, FieldProblem>;
}

interface Issue {
  path: string;
  rule?: string;
}

function issuesOf(error: ApiError): Issue[] {
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues)) return [];
  return (details.issues as unknown[]).flatMap((item) => {
    if (typeof item !== 'object' || item === null || !('path' in item) || typeof item.path !== 'string') return [];
    const rule = 'rule' in item && typeof item.rule === 'string' ? item.rule : undefined;
    return [{ path: item.path, ...(rule ? { rule } : {}) }];
  });
}

const isRule = (rule: string | undefined): rule is ListingEditRule => rule !== undefined && (LISTING_EDIT_RULES as readonly string[]).includes(rule);

/** Where a refusal is shown: "changes.price" of a variation call → "v:123:price"; the item or variation id → the form. */
function problemsOf(error: ApiError, editCall: EditCall): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const issues = error.code === 'invalid_input' ? issuesOf(error) : [];
  if (issues.length === 0) return { [editCall.variationId === null ? 'form' : issueKey(editCall.variationId, 'form')]: { kind: 'error', error } };
  for (const issue of issues) {
    const field = /^changes\.(\w+)/.exec(issue.path)?.[1];
    const key = field ? issueKey(editCall.variationId, field) : editCall.variationId === null ? 'form' : issueKey(editCall.variationId, 'form');
    if (problems[key]) continue;
    problems[key] = isRule(issue.rule) ? { kind: 'rule', rule: issue.rule } : field ? { kind: 'invalid' } : { kind: 'error', error };
  }
  return problems;
}

export function useListingSave(itemId: string) {
  const [saving, setSaving] = useState(false);

  async function save(calls: readonly EditCall[], confirmClose: boolean): Promise<SaveOutcome> {
    setSaving(true);
    const outcome: SaveOutcome = { queued: 0, problems: {} };
    try {
      for (const editCall of calls) {
        const result = await call('listings.edit', {
          itemId,
          ...(editCall.variationId === null ? {} : { variationId: editCall.variationId }),
          changes: editCall.changes,
          ...(editCall.changes.status === 'closed' ? { confirmClose } : {}),
        });
        if (result.ok) outcome.queued += 1;
        else Object.assign(outcome.problems, problemsOf(result.error, editCall));
      }
    } finally {
      setSaving(false);
    }
    return outcome;
  }

  return { saving, save };
}
