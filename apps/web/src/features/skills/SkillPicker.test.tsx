import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { SKILL_SUGGESTIONS, SKILLS_TO_SPARE, SkillPicker, SkillPicker_Query, type PickedSkill } from './SkillPicker';

afterEach(cleanup);

const skill = (id: string, name: string, aliases: string[] = []) => ({ __typename: 'Skill' as const, id, name, aliases });
const typescript = skill('typescript', 'TypeScript', ['ts']);
const javascript = skill('javascript', 'JavaScript', ['js', 'ecmascript']);
const kubernetes = skill('kubernetes', 'Kubernetes', ['k8s']);

function suggests(search: string, skills: ReturnType<typeof skill>[]): MockLink.MockedResponse {
  return {
    request: { query: SkillPicker_Query, variables: { search, first: SKILL_SUGGESTIONS + SKILLS_TO_SPARE } },
    result: { data: { skills } },
  };
}

function renderPicker(mocks: MockLink.MockedResponse[], excludeIds: string[] = []) {
  const picked: PickedSkill[] = [];
  const onPick = (skill: PickedSkill) => picked.push(skill);
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <form>
        <SkillPicker label="Add a skill" onPick={onPick} excludeIds={excludeIds} />
      </form>
    </ApolloProvider>,
  );
  return { picked, box: screen.getByRole('combobox', { name: 'Add a skill' }) as HTMLInputElement };
}

const key = (box: HTMLElement, name: string) => fireEvent.keyDown(box, { key: name });

describe('the skill picker', () => {
  test('suggests skills as you type and picks one with the arrow keys and Enter', async () => {
    const { picked, box } = renderPicker([suggests('script', [typescript, javascript])]);

    box.focus();
    fireEvent.change(box, { target: { value: 'script' } });

    const listbox = await screen.findByRole('listbox', { name: 'Add a skill' });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe(listbox.id);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['TypeScript', 'JavaScript']);
    expect(screen.getByRole('status').textContent).toContain('2 skills found');

    key(box, 'ArrowDown');
    key(box, 'ArrowDown');
    const javascriptOption = screen.getByRole('option', { name: 'JavaScript' });
    expect(javascriptOption.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(javascriptOption.id);
    key(box, 'ArrowUp');
    key(box, 'ArrowUp');
    expect(screen.getByRole('option', { name: 'JavaScript' }).getAttribute('aria-selected')).toBe('true');

    key(box, 'Enter');

    expect(picked).toEqual([{ id: 'javascript', name: 'JavaScript' }]);
    expect(box.value).toBe('');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  test('shows the alias that matched, and picks with a click', async () => {
    const { picked, box } = renderPicker([suggests('k8s', [kubernetes])]);

    box.focus();
    fireEvent.change(box, { target: { value: 'k8s' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Kubernetes (k8s)' }));

    expect(picked).toEqual([{ id: 'kubernetes', name: 'Kubernetes' }]);
  });

  test('does not offer skills already chosen, and Enter never sends the surrounding form', async () => {
    const { picked, box } = renderPicker([suggests('script', [typescript, javascript])], ['typescript']);

    box.focus();
    fireEvent.change(box, { target: { value: 'script' } });
    await screen.findByRole('option', { name: 'JavaScript' });
    expect(screen.queryByRole('option', { name: 'TypeScript' })).toBeNull();

    const isNotPrevented = fireEvent.keyDown(box, { key: 'Enter' });

    expect(isNotPrevented).toBe(false);
    expect(picked).toEqual([]);
  });

  test('says so when nothing matches, and Escape closes the list before clearing the text', async () => {
    const { box } = renderPicker([suggests('cobolx', []), suggests('ts', [typescript])]);

    box.focus();
    fireEvent.change(box, { target: { value: 'cobolx' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No skill matches “cobolx”.'));

    fireEvent.change(box, { target: { value: 'ts' } });
    await screen.findByRole('option', { name: 'TypeScript (ts)' });
    key(box, 'Escape');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('ts');
    key(box, 'Escape');
    expect(box.value).toBe('');
  });
});
