'use client';
import { useEffect, useId, useMemo, useRef, useState, type ButtonHTMLAttributes, type HTMLAttributes, type InputHTMLAttributes, type KeyboardEvent, type Ref } from 'react';
import { errorMessage } from '../../i18n/errorMessage';
import { formatMessage } from '../../i18n/formatMessage';
import { useMessages } from '../../i18n/MessagesContext';
import { countryMessages } from '../../i18n/messages/country';
import { countryFlag } from './countryFlag';
import { countryName } from './countryName';
import type { CountryOption } from './countryOptions';
import { dialCodeOf } from './dialCodes';
import { loadPhoneRules } from './phoneRulesLoader';
import { usePhoneRules } from './usePhoneRules';

/** Options of {@link useCountryPicker}. */
export interface CountryPickerOptions {
  /** The chosen country (ISO 3166-1 alpha-2 code). */
  value: string;
  /** Called with the country the shopper picks. */
  onChange: (country: string) => void;
  /** Where focus goes after a pick (the number input, say); by default back to the trigger. */
  onPicked?: () => void;
}

/** What {@link useCountryPicker} returns: the picker's state, and props for each of its elements. */
export interface CountryPickerState {
  /** The chosen country, as the closed picker shows it (`dialCode` is `undefined` only until the library can tell). */
  selected: { country: string; name: string; dialCode: string | undefined; flag: string };
  /** Whether the popup is open. */
  isOpen: boolean;
  /** What is typed in the search. */
  query: string;
  /** The countries matching the search (empty until the library has loaded). */
  options: CountryOption[];
  /** The index of the active option (the one Enter picks), `-1` when there is none. */
  activeIndex: number;
  /** What the popup's status line says: loading, no match, or why the list could not load; `''` otherwise. */
  statusText: string;
  /** Whether the list failed to load (offer `retry`). */
  failed: boolean;
  /** Opens the popup (with a search already typed, if given) and loads the list. */
  open: (query?: string) => void;
  /** Closes the popup; with `true`, focus goes back to the trigger. */
  close: (restoreFocus?: boolean) => void;
  /** Picks a country and closes the popup. */
  pick: (country: string) => void;
  /** Loads the list again after a failure. */
  retry: () => void;
  /** Props for the trigger button (the closed picker: flag and dial code). */
  getTriggerProps: () => ButtonHTMLAttributes<HTMLButtonElement> & { ref: Ref<HTMLButtonElement> };
  /** Props for the popup's container (closes it when focus leaves). */
  getPopupProps: () => HTMLAttributes<HTMLElement>;
  /** Props for the search input: the combobox (arrow keys, Home/End, Enter, Escape; typing filters). */
  getSearchProps: () => InputHTMLAttributes<HTMLInputElement> & { ref: Ref<HTMLInputElement> };
  /** Props for the list of countries (the listbox). */
  getListboxProps: () => HTMLAttributes<HTMLElement>;
  /** Props for one option of the list. */
  getOptionProps: (option: CountryOption, index: number) => HTMLAttributes<HTMLElement> & { id: string };
}

const PAGE = 10;

/**
 * A headless country picker, the WAI-ARIA combobox pattern: a trigger button opens a popup holding a search input
 * (`role="combobox"`) and a listbox; the arrow keys, Page Up/Down, Home and End move the active option
 * (`aria-activedescendant`), typing filters (by name in the shopper's language or in English, or by dial code),
 * Enter picks, Escape closes and returns focus to the trigger, and focus leaving the popup closes it. The country
 * list comes from the phone library, loaded when the popup first opens; the closed picker needs none of it.
 * @example
 * const picker = useCountryPicker({ value: country, onChange: setCountry });
 * <button {...picker.getTriggerProps()}>{picker.selected.flag} +{picker.selected.dialCode}</button>
 * {picker.isOpen ? (
 *   <div {...picker.getPopupProps()}>
 *     <input {...picker.getSearchProps()} />
 *     <ul {...picker.getListboxProps()}>
 *       {picker.options.map((option, index) => <li key={option.country} {...picker.getOptionProps(option, index)}>{option.name}</li>)}
 *     </ul>
 *   </div>
 * ) : null}
 */
export function useCountryPicker({ value, onChange, onPicked }: CountryPickerOptions): CountryPickerState {
  const messages = useMessages(countryMessages);
  const { locale } = messages;
  const phone = usePhoneRules();
  const id = useId();
  const listboxId = `${id}-countries`;
  const optionId = (country: string) => `${id}-${country}`;
  const triggerRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | undefined>();
  const options = useMemo(() => phone.rules?.search(query, locale) ?? [], [phone.rules, query, locale]);
  const activeIndex = options.length === 0 ? -1 : Math.max(0, options.findIndex((option) => option.country === active));
  const activeId = activeIndex < 0 ? undefined : optionId(options[activeIndex]!.country);
  const dialCode = dialCodeOf(value);

  const load = () => void loadPhoneRules().catch(() => undefined); // a failure shows in the popup (`statusText`)
  // A default country outside the kit's short table: its dial code comes with the library.
  useEffect(() => {
    if (dialCode === undefined) load();
  }, [dialCode]);
  useEffect(() => {
    const search = searchRef.current;
    if (!isOpen || !search) return;
    search.focus();
    search.setSelectionRange(search.value.length, search.value.length);
  }, [isOpen]);
  useEffect(() => {
    if (isOpen && activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [isOpen, activeId]);

  const open = (typed = '') => {
    setQuery(typed);
    setActive(typed ? undefined : value);
    setOpen(true);
    load();
  };
  const close = (restoreFocus = false) => {
    setOpen(false);
    if (restoreFocus) triggerRef.current?.focus();
  };
  const pick = (country: string) => {
    onChange(country);
    setOpen(false);
    if (onPicked) onPicked();
    else triggerRef.current?.focus();
  };
  const move = (index: number) => {
    const option = options[Math.min(options.length - 1, Math.max(0, index))];
    if (option) setActive(option.country);
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key } = event;
    if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'PageDown' || key === 'PageUp') {
      move(activeIndex + (key.endsWith('Down') ? 1 : -1) * (key.startsWith('Page') ? PAGE : 1));
    } else if (key === 'Home' || key === 'End') {
      move(key === 'Home' ? 0 : options.length - 1);
    } else if (key === 'Enter') {
      // Never submits the surrounding form.
      const option = options[activeIndex];
      if (option) pick(option.country);
    } else if (key === 'Escape') {
      // Closes the picker only, not a dialog around it.
      event.stopPropagation();
      close(true);
    } else {
      if (key === 'Tab') close();
      return;
    }
    event.preventDefault();
  };

  const failed = phone.status === 'failed';
  const statusText =
    phone.status === 'loading' ? messages.commonLoading : failed ? errorMessage(phone.error, messages).message : phone.rules && options.length === 0 ? formatMessage(messages.countryNoMatch, { query }, locale) : '';

  return {
    selected: { country: value, name: countryName(value, locale), dialCode, flag: countryFlag(value) },
    isOpen,
    query,
    options,
    activeIndex,
    statusText,
    failed,
    open,
    close,
    pick,
    retry: load,
    getTriggerProps: () => ({
      ref: triggerRef,
      type: 'button',
      'aria-label': formatMessage(messages.countryPicker, { country: countryName(value, locale), code: dialCode ?? '…' }, locale),
      'aria-haspopup': 'listbox',
      'aria-expanded': isOpen,
      'aria-controls': isOpen ? listboxId : undefined,
      // While open, a press on the trigger must not blur the search (which closes) before the click (which would reopen).
      onMouseDown: (event) => {
        if (isOpen) event.preventDefault();
      },
      onClick: () => (isOpen ? close(true) : open()),
      onKeyDown: (event) => {
        const printable = event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && !printable) return;
        event.preventDefault();
        open(printable ? event.key : '');
      },
    }),
    getPopupProps: () => ({
      onBlur: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      },
    }),
    getSearchProps: () => ({
      ref: searchRef,
      type: 'text',
      role: 'combobox',
      'aria-label': messages.countrySearch,
      placeholder: messages.countrySearch,
      'aria-expanded': true,
      'aria-controls': listboxId,
      'aria-autocomplete': 'list',
      'aria-activedescendant': activeId,
      autoComplete: 'off',
      spellCheck: false,
      dir: 'auto',
      value: query,
      onChange: (event) => {
        setQuery(event.target.value);
        setActive(undefined);
      },
      onKeyDown: onSearchKey,
    }),
    getListboxProps: () => ({
      id: listboxId,
      role: 'listbox',
      'aria-label': messages.fieldCountryCode,
      'aria-busy': phone.status === 'loading',
      // A press on the list (its scrollbar too) keeps focus in the search.
      onMouseDown: (event) => event.preventDefault(),
    }),
    getOptionProps: (option, index) => ({
      id: optionId(option.country),
      role: 'option',
      'aria-selected': option.country === value,
      'data-active': index === activeIndex ? '' : undefined,
      onClick: () => pick(option.country),
      onMouseMove: () => {
        if (index !== activeIndex) setActive(option.country);
      },
    }),
  };
}
