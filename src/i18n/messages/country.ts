/** The English texts of the country picker of phone fields (loaded with the picker, when a field first shows a number). */
export const countryMessages = {
  countryPicker: 'Country code: {country} +{code}',
  countrySearch: 'Search countries',
  countryNoMatch: 'No country matches “{query}”.',
};
