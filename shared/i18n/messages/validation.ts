import { defineMessages } from '../define-messages.js';

// Why a value sent to Itinera is refused: the problem half of "Latitude: must be at most 90".
// Shown next to the field in forms, and as the message of API errors and CLI errors.

export const validationMessages = defineMessages({
  fieldProblem: {
    id: 'validation.fieldProblem',
    defaultMessage: '{field}: {problem}',
    description:
      'A refused value: {field} is the field’s name (e.g. "Latitude"), {problem} what is wrong (e.g. "must be at most 90").',
  },
  missing: {
    id: 'validation.missing',
    defaultMessage: 'is missing',
    description: 'Problem of a required value that was not given.',
  },
  invalidType: {
    id: 'validation.invalidType',
    defaultMessage:
      'must be {expected, select, string {text} number {a number} int {a whole number} boolean {yes or no} array {a list} object {a set of fields} date {a date} other {another kind of value}}',
    description: 'Problem of a value of the wrong kind; {expected} names the kind wanted.',
  },
  tooShort: {
    id: 'validation.tooShort',
    defaultMessage: '{minimum, plural, =1 {must not be empty} other {must be at least # characters long}}',
    description: 'Problem of a text that is too short.',
  },
  tooLong: {
    id: 'validation.tooLong',
    defaultMessage: 'must be at most {maximum, plural, one {# character} other {# characters}} long',
    description: 'Problem of a text that is too long.',
  },
  tooSmall: {
    id: 'validation.tooSmall',
    defaultMessage:
      '{inclusive, select, true {must be at least {minimum, number}} other {must be more than {minimum, number}}}',
    description: 'Problem of a number below its range.',
  },
  tooBig: {
    id: 'validation.tooBig',
    defaultMessage:
      '{inclusive, select, true {must be at most {maximum, number}} other {must be less than {maximum, number}}}',
    description: 'Problem of a number above its range.',
  },
  tooFewItems: {
    id: 'validation.tooFewItems',
    defaultMessage: '{minimum, plural, =1 {must hold at least one item} other {must hold at least # items}}',
    description: 'Problem of a list with too few entries.',
  },
  tooManyItems: {
    id: 'validation.tooManyItems',
    defaultMessage: 'must hold at most {maximum, plural, one {# item} other {# items}}',
    description: 'Problem of a list with too many entries.',
  },
  between: {
    id: 'validation.between',
    defaultMessage: 'must be between {minimum, number} and {maximum, number}',
    description: 'Problem of a number outside its range.',
  },
  notMultiple: {
    id: 'validation.notMultiple',
    defaultMessage: 'must be a multiple of {divisor, number}',
    description: 'Problem of a number that must be a multiple of another.',
  },
  badFormat: {
    id: 'validation.badFormat',
    defaultMessage:
      '{format, select, uuid {is not a valid identifier} url {must be a web address} date {must be a date written YYYY-MM-DD} datetime {must be a date and time} email {must be an e-mail address} base64 {must be base64-encoded data} other {is not written in the expected form}}',
    description: 'Problem of a text not in the expected form; {format} names the form.',
  },
  unknownFields: {
    id: 'validation.unknownFields',
    defaultMessage:
      '{count, plural, one {has a field Itinera does not know: {keys}} other {has fields Itinera does not know: {keys}}}',
    description: 'Problem of a request with extra fields; {keys} lists their names.',
  },
  notOneOf: {
    id: 'validation.notOneOf',
    defaultMessage: 'must be one of: {values}',
    description: 'Problem of a value not in a short list of allowed ones; {values} lists them.',
  },
  notKnown: {
    id: 'validation.notKnown',
    defaultMessage: 'is not one of the values Itinera knows',
    description: 'Problem of a value not in a long list of allowed ones (a category, a sector…).',
  },
  invalid: {
    id: 'validation.invalid',
    defaultMessage: 'is not valid',
    description: 'Problem of a value refused for a reason without a message of its own.',
  },
});
