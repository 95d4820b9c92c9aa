// The household model lives with the rules (rules/ never imports src/); the app re-exports it.
export * from '../../rules/core/request';
