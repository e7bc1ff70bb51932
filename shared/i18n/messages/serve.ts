import { defineMessages } from '../define-messages.js';

// Errors of serve mode's HTTP transport itself (electron/serve/http-server.ts), before a request
// reaches the API: mostly for a browser or a program that asks the wrong way.

export const serveMessages = defineMessages({
  usePost: {
    id: 'serve.error.usePost',
    defaultMessage: 'API calls use POST.',
    description: 'An API request used another HTTP method.',
  },
  badToken: {
    id: 'serve.error.badToken',
    defaultMessage: 'Missing or wrong token: open the URL Itinera printed.',
    description: 'A request lacks the secret of this launch; the user should open the address `itinera serve` printed.',
  },
  notJson: {
    id: 'serve.error.notJson',
    defaultMessage: 'API calls send JSON (content-type: application/json).',
    description: 'An API request sent something other than JSON.',
  },
  bodyTooLarge: {
    id: 'serve.error.bodyTooLarge',
    defaultMessage: 'The request body is over {bytes, number} bytes.',
    description: 'An API request is larger than the server reads.',
  },
  bodyNotJson: {
    id: 'serve.error.bodyNotJson',
    defaultMessage: 'The request body is not valid JSON: {detail}',
    description: 'An API request’s body cannot be read; {detail} is the JSON reader’s reason (English).',
  },
  onlyGet: {
    id: 'serve.error.onlyGet',
    defaultMessage: 'Only GET is served here.',
    description: 'A file was asked for with another HTTP method.',
  },
  noAttachment: {
    id: 'serve.error.noAttachment',
    defaultMessage: 'There is no such attachment.',
    description: 'The address names no attached file of the open project.',
  },
  notFound: {
    id: 'serve.error.notFound',
    defaultMessage: 'Not found.',
    description: 'The address names nothing the server has.',
  },
  appNotBuilt: {
    id: 'serve.error.appNotBuilt',
    defaultMessage: 'The app is not built ({folder} is missing); run "npm run build".',
    description: 'A development copy was started without building the page; {folder} is where it should be.',
  },
  notTile: {
    id: 'serve.error.notTile',
    defaultMessage: 'Not a tile address.',
    description: 'The address under /tiles/ names no map tile.',
  },
  wrongHost: {
    id: 'serve.error.wrongHost',
    defaultMessage: 'Wrong Host header.',
    description: 'A request named another host than this server (a page elsewhere trying to reach it).',
  },
  otherOrigin: {
    id: 'serve.error.otherOrigin',
    defaultMessage: 'Requests from other origins are refused.',
    description: 'A request came from another web page than Itinera’s own.',
  },
  badAddress: {
    id: 'serve.error.badAddress',
    defaultMessage: 'The address is not valid.',
    description: 'The request’s address cannot be read.',
  },
  failed: {
    id: 'serve.error.failed',
    defaultMessage: 'Itinera could not answer this request.',
    description: 'Something went wrong inside the server while answering (the details go to its log).',
  },
});
