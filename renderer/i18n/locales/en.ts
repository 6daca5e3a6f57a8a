/** English. Same shape as the Spanish source. */
import type { Messages } from './es';

const en: Messages = {
  app: {
    name: 'Mostrador',
    tagline: 'Your Mercado Libre counter',
    skipToContent: 'Skip to content',
    skipToStatus: 'Skip to the status bar (F6)',
    loading: 'Opening Mostrador…',
    loadFailed: 'Mostrador could not open.',
    retry: 'Try again',
    pageTitle: '{{section}} · Mostrador',
  },
  table: {
    hiddenColumns: 'Not shown at this width: {{columns}}. Open a row to see them, or widen the window.',
  },
  nav: {
    label: 'Sections',
    orders: 'Orders',
    listings: 'Listings',
    stock: 'Stock',
    questions: 'Questions',
    labels: 'Labels',
    changes: 'Pending changes',
    settings: 'Settings',
  },
  sections: {
    orders: {
      subtitle: 'Sales to pack, ship and follow up.',
      emptyTitle: 'No orders yet',
      emptyBody:
        'Your orders will appear here after you connect your Mercado Libre account and the first sync finishes.',
      emptyNote: 'They are kept on this computer, so you can look them up even when the internet is down.',
    },
    listings: {
      subtitle: 'Titles, prices and status of your listings.',
      emptyTitle: 'No listings yet',
      emptyBody: 'Your listings will appear here after the first sync, ready to search and edit.',
      emptyNote: 'Changes are saved at once and sent to Mercado Libre whenever there is a connection.',
    },
    stock: {
      subtitle: 'Available units and stock shared across listings.',
      emptyTitle: 'No stock to show yet',
      emptyBody:
        'Here you will see the available units of each product and keep them in step across every listing that sells it.',
      emptyNote: 'Before a bulk change runs, Mostrador shows you what will change.',
    },
    questions: {
      subtitle: 'Buyer questions waiting for an answer.',
      emptyTitle: 'No unanswered questions',
      emptyBody: "Your buyers' questions will appear here once you connect your account, oldest first.",
      emptyNote: 'You can write answers offline; they are sent when the connection is back.',
    },
    labels: {
      subtitle: 'Shipping labels to print as PDF or on thermal printers (ZPL).',
      emptyTitle: 'No labels to print',
      emptyBody: 'Mercado Envios labels for orders ready to ship will appear here, to print in batches.',
      emptyNote: 'Every label is kept on this computer, so you can reprint it offline.',
    },
    changes: {
      subtitle: 'What you changed that Mercado Libre has not confirmed yet: being sent, failed or in conflict.',
      emptyTitle: 'No pending changes',
      emptyBody: 'When you edit a listing, the change shows here until Mercado Libre confirms it.',
      emptyNote: 'Changes are saved at once and sent by themselves when there is a connection.',
    },
    settings: {
      subtitle: 'Language, sync and the connection to Mercado Libre.',
    },
  },
  status: {
    label: 'Status',
    account: 'Account',
    noAccount: 'No account connected',
    needsSignIn: '{{nickname}} (needs to sign in again)',
    moreAccounts_one: '{{nickname}} and {{count}} more account',
    moreAccounts_other: '{{nickname}} and {{count}} more accounts',
    mode: 'Mode',
    desktop: 'Desktop app',
    browser: 'Browser mode',
    browserWithReason: 'Browser mode: {{reason}}',
    browserReason: {
      requested: 'browser mode was requested',
      electron_missing: 'the Electron runtime is not installed',
      no_display: 'there is no display for a desktop window',
      not_built: 'the desktop app is not built',
      native_modules: 'the desktop app’s database components are missing',
      start_failed: 'the desktop app could not start',
    },
    demo: 'Demo store',
    demoHint: 'No Mercado Libre app is configured: the data is for trying things out.',
    lastSync: 'Last sync',
    neverSynced: 'Never synced',
    syncedAt: 'Last sync: {{when}}',
    syncEvery_one: 'every {{count}} minute',
    syncEvery_other: 'every {{count}} minutes',
  },
  notices: {
    dismiss: 'Dismiss notice',
    details: 'Technical details',
    settings_corrupt:
      'The settings file could not be read. It was set aside, not deleted, and Mostrador is using the default settings.',
    settings_too_new:
      'The settings were saved by a newer version of Mostrador. The file was set aside and the default settings are in use.',
    generic: 'Mostrador found a problem while starting.',
  },
  settings: {
    saved: 'Changes saved.',
    saving: 'Saving…',
    notSaved: 'Nothing was saved.',
    language: {
      heading: 'Language',
      label: 'Mostrador language',
      auto: "Automatic (from your account's site)",
      help: "On automatic, Mostrador uses the language of your account's Mercado Libre site.",
    },
    updates: {
      heading: 'Updates',
      intro: 'The desktop app can look for new versions by itself, on an update server you choose. Until one is set, it contacts none.',
      enabled: 'Look for and install updates automatically',
      feedUrl: 'Update server address',
      feedHelp: "An https:// address holding Mostrador's latest.yml files, with no user name or password.",
      invalid: 'Must be an https:// address, with no user name or password.',
      feedRequired: 'To turn them on, enter the server address.',
      on: 'On: checked every 6 hours, downloaded in the background and installed when you quit Mostrador.',
      off: 'Off: install new versions by hand.',
      browserNote: 'Browser mode updates nothing: this is for the desktop app.',
      save: 'Save updates',
    },
    sync: {
      heading: 'Sync',
      label: 'Check for updates every',
      unit: 'minutes',
      help: 'Between 1 and 120 minutes. A short interval brings orders in sooner; a long one uses less data.',
      invalid: 'It must be a whole number of minutes, from 1 to 120.',
      save: 'Save interval',
    },
    meli: {
      heading: 'Mercado Libre app',
      intro:
        "To connect your account, Mostrador needs an app registered on Mercado Libre's developer portal (My applications → Create application). The details it shows you go in these fields.",
      clientId: 'App ID (Client ID)',
      clientIdHelp: 'The number Mercado Libre shows for your app.',
      clientIdInvalid: 'The app ID is digits only, exactly as Mercado Libre shows it.',
      redirectUri: 'Redirect URI',
      redirectUriHelp:
        'Mercado Libre requires an HTTPS address. It must match the one registered for your app exactly.',
      redirectUriInvalid: 'It must be an address starting with https://.',
      secretNote: 'The client secret is never shown on this screen: it is stored encrypted on this computer.',
      save: 'Save app details',
    },
    about: {
      heading: 'About Mostrador',
      version: 'Version',
      dataDir: 'Data folder',
      mode: 'Mode',
      secrets: 'Secret keys',
      secretsOs: "Protected by the operating system's keychain.",
      secretsKeyFile:
        "Encrypted with a key kept in a file on this computer: weaker protection than the system's keychain.",
    },
  },
  errors: {
    invalid_input: 'Some values are not valid. Nothing was changed.',
    unknown_method: 'This version of Mostrador does not recognise the request. Restarting the app may fix it.',
    unauthorized: 'This tab lost access to Mostrador. Open it again from the address Mostrador shows when it starts.',
    forbidden: 'Mostrador refused the request because it did not come from this computer.',
    not_found: 'What you were looking for was not found.',
    conflict: 'This changed while you were editing. Check the details and try again.',
    offline: 'No connection to Mostrador or Mercado Libre. Your changes are kept and will be sent later.',
    rate_limited: 'Mercado Libre asked us to slow down. Mostrador will retry on its own.',
    needs_sign_in: 'You need to sign in to Mercado Libre again. Nothing pending was lost.',
    settings_corrupt: 'The settings file was damaged: it was set aside and the default settings are in use.',
    internal: 'Something went wrong inside Mostrador. Nothing was changed.',
  },
};

export default en;
