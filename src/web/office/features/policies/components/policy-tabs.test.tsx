import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PolicyAbilities } from '../api-types';
import { TestApp } from '../../../app/testing';
import type { PolicyTab } from '../../../app/router';
import { PolicyTabs } from './policy-tabs';

const none: PolicyAbilities = { canEdit: false, canModerate: false, canAnswer: false, canApprove: false };
const tabNames = (abilities: PolicyAbilities, current: PolicyTab | null = null) =>
  [...renderToStaticMarkup(<TestApp><PolicyTabs policyId="d1" current={current} abilities={abilities} /></TestApp>)
    .matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);

describe('PolicyTabs offers only what the person may do on this draft', () => {
  it('hides moderation and answers from an officer of another unit', () => {
    const names = tabNames(none);
    expect(names).not.toContain('Kiểm duyệt ý kiến');
    expect(names).not.toContain('Trả lời ý kiến');
    expect(names).toContain('Tổng quan');
  });

  it('offers both to an officer of the drafting unit', () => {
    const names = tabNames({ canEdit: true, canModerate: true, canAnswer: true, canApprove: false });
    expect(names).toContain('Kiểm duyệt ý kiến');
    expect(names).toContain('Trả lời ý kiến');
  });

  it('keeps the answers tab for an approver of the drafting unit, not moderation', () => {
    const names = tabNames({ ...none, canApprove: true });
    expect(names).toContain('Trả lời ý kiến');
    expect(names).not.toContain('Kiểm duyệt ý kiến');
  });

  it('still marks a tab opened by its address, where the page explains the missing right', () => {
    const html = renderToStaticMarkup(<TestApp><PolicyTabs policyId="d1" current="comments" abilities={none} /></TestApp>);
    expect(html).toMatch(/aria-current="page"[^>]*>Kiểm duyệt ý kiến</);
    expect(tabNames(none, 'comments')).not.toContain('Trả lời ý kiến');
  });
});
