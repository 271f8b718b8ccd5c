import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CountryPicker } from '../../src/components/CountryPicker';
import { loadPhoneRules } from '../../src/forms/phone/phoneRulesLoader';

function Picker({ onChange }: { onChange: (country: string) => void }) {
  const [value, setValue] = useState('IN');
  return (
    <form onSubmit={(event) => (event.preventDefault(), onChange('submitted'))}>
      <CountryPicker
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
    </form>
  );
}

const option = (name: RegExp) => screen.getByRole('option', { name });
const activeOf = (combobox: HTMLElement) => document.getElementById(combobox.getAttribute('aria-activedescendant') ?? '');

describe('the country picker: the WAI-ARIA combobox pattern, by keyboard', { timeout: 20_000 }, () => {
  beforeAll(() => loadPhoneRules());

  it('opens from its button with the arrow keys, on the chosen country, and wires the combobox to its listbox', async () => {
    render(<Picker onChange={vi.fn()} />);
    const trigger = screen.getByRole('button', { name: 'Country code: India +91' });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.getAttribute('aria-haspopup')).toBe('listbox');
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    const combobox = screen.getByRole('combobox', { name: 'Search countries' });
    expect(document.activeElement).toBe(combobox);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(combobox.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(combobox.getAttribute('aria-controls')).toBe(listbox.id);
    expect(trigger.getAttribute('aria-controls')).toBe(listbox.id);
    await waitFor(() => expect(activeOf(combobox)).toBe(option(/^India/)));
    expect(option(/^India/).getAttribute('aria-selected')).toBe('true');
    expect(option(/^India/).textContent).toContain('+91');
  });

  it('filters as typed, moves with Up/Down/Home/End, picks with Enter (never submitting the form) and gives focus back', async () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    screen.getByRole('button', { name: /Country code/ }).focus();
    await userEvent.keyboard('{Enter}');
    const combobox = screen.getByRole('combobox');
    await userEvent.type(combobox, 'ara');
    await waitFor(() => expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/Saudi Arabia|United Arab Emirates/));
    const names = screen.getAllByRole('option').map((item) => item.textContent);
    expect(names.slice(0, 2).join(' ')).toMatch(/Saudi Arabia.*United Arab Emirates|United Arab Emirates.*Saudi Arabia/);
    expect(activeOf(combobox)).toBe(screen.getAllByRole('option')[0]);
    await userEvent.keyboard('{End}');
    expect(activeOf(combobox)).toBe(screen.getAllByRole('option').at(-1));
    await userEvent.keyboard('{Home}');
    expect(activeOf(combobox)).toBe(screen.getAllByRole('option')[0]);
    while (!/United Arab Emirates/.test(activeOf(combobox)?.textContent ?? '')) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowUp}{ArrowDown}');
    expect(activeOf(combobox)?.textContent).toMatch(/United Arab Emirates.*\+971/);
    await userEvent.keyboard('{Enter}');
    expect(onChange.mock.calls).toEqual([['AE']]);
    expect(screen.queryByRole('listbox')).toBeNull();
    const trigger = screen.getByRole('button', { name: 'Country code: United Arab Emirates +971' });
    expect(document.activeElement).toBe(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape without picking, focus back on its button; a search matching nothing says so', async () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    const trigger = screen.getByRole('button', { name: /Country code/ });
    await userEvent.click(trigger);
    await userEvent.type(screen.getByRole('combobox'), 'zzzz');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No country matches “zzzz”.'));
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('combobox').getAttribute('aria-activedescendant')).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('finds a country by its calling code, and opens with a letter typed on its button as the search', async () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    screen.getByRole('button', { name: /Country code/ }).focus();
    await userEvent.keyboard('q');
    const combobox = screen.getByRole('combobox');
    expect((combobox as HTMLInputElement).value).toBe('q');
    await userEvent.clear(combobox);
    await userEvent.type(combobox, '+971');
    await waitFor(() => expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/United Arab Emirates/));
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('AE');
  });
});
