export * from './entities';
export * from './evidence';
export * from './entity-types';
export * from './ids';
export * from './kinds';
export * from './partial-date';
export { IsEntityId } from './is-entity-id';
