/** Map an error from the vault to the i18n key (worker namespace) that explains it. */
import { WrongPassphraseError } from '../cases/crypto';
import { ImportFormatError, StorageFullError } from '../cases/vault';

export function errorKey(e: unknown): string {
  if (e instanceof StorageFullError) return 'errors.storageFull';
  if (e instanceof WrongPassphraseError) return 'vault.wrong';
  if (e instanceof ImportFormatError) return 'settings.importBad';
  return 'errors.generic';
}
