'use client';
import { useCountryPicker, type CountryPickerOptions } from '../forms/phone/useCountryPicker';
import { useMessages } from '../i18n/MessagesContext';

/** Props of {@link CountryPicker}: the chosen country, what a pick does, and the wrapper's class. */
export interface CountryPickerProps extends CountryPickerOptions {
  /** Class of the picker's wrapper (default `fdk-country`). */
  className?: string | undefined;
}

/**
 * The country picker of a phone field, rendered: a button showing the chosen country's flag and dial code, which
 * opens a searchable list of countries (names in the shopper's language) — the WAI-ARIA combobox pattern, from
 * `useCountryPicker`. Dial codes stay left-to-right in right-to-left text. `PhoneField.Country` loads this part on
 * demand (its code, with the list and `Intl.DisplayNames`, stays out of a page's initial JS).
 * @example
 * <CountryPicker value={country} onChange={setCountry} />
 */
export function CountryPicker({ className, ...options }: CountryPickerProps) {
  const picker = useCountryPicker(options);
  const messages = useMessages();
  const { selected } = picker;
  return (
    <div className={className ?? 'fdk-country'} data-open={picker.isOpen ? '' : undefined}>
      <button className="fdk-country-trigger" {...picker.getTriggerProps()}>
        <span className="fdk-country-flag" aria-hidden="true">
          {selected.flag}
        </span>
        <span className="fdk-country-code" dir="ltr">
          +{selected.dialCode ?? '…'}
        </span>
      </button>
      {picker.isOpen ? (
        <div className="fdk-country-popup" {...picker.getPopupProps()}>
          <input className="fdk-input fdk-country-search" {...picker.getSearchProps()} />
          <ul className="fdk-country-list" {...picker.getListboxProps()}>
            {picker.options.map((option, index) => (
              <li key={option.country} className="fdk-country-option" {...picker.getOptionProps(option, index)}>
                <span className="fdk-country-flag" aria-hidden="true">
                  {option.flag}
                </span>
                <span className="fdk-country-name">{option.name}</span>
                <span className="fdk-country-dial" dir="ltr">
                  +{option.dialCode}
                </span>
              </li>
            ))}
          </ul>
          <p className="fdk-country-status" role="status">
            {picker.statusText}
          </p>
          {picker.failed ? (
            <button type="button" className="fdk-link-button" onClick={picker.retry}>
              {messages.commonRetry}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
CountryPicker.displayName = 'CountryPicker';
