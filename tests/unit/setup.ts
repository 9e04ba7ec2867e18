// Every unit test gets a fresh in-memory IndexedDB, so Dexie runs as it does in the browser.
import 'fake-indexeddb/auto';
