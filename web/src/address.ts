/** Moved to shell/address.ts; kept only for the old labs' imports until they are gone. */
export * from './shell/address.js';
