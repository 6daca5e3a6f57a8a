/** Strings of the sync progress bar and the status bar's sync part, in the three UI languages. */
const es = {
  step: {
    orders: 'Pedidos',
    items: 'Publicaciones',
    shipments: 'Envíos',
    questions: 'Preguntas',
  },
  progressLabel: 'Sincronizando con Mercado Libre',
  progressOf: '{{step}} {{done}}/{{total}}',
  progressUnknown: '{{step}}…',
  progressStep: '{{progress}} · paso {{number}} de {{count}}',
  progressAccount: '{{nickname}}: ',
  cancel: 'Cancelar',
  cancelled: 'Sincronización detenida. Lo ya guardado se conserva.',
  syncNow: 'Sincronizar ahora',
  syncing: 'Sincronizando…',
  syncedAgo: 'Sincronizado {{ago}}',
  justNow: 'recién',
  offline: 'Sin conexión — datos de {{when}}',
  offlineNoData: 'Sin conexión con Mercado Libre',
  rateLimited: 'Mercado Libre pidió esperar — datos de {{when}}',
  needsSignIn: 'Hay que volver a conectar la cuenta',
  failed: 'Falló la última sincronización — datos de {{when}}',
  firstSync: 'Primera sincronización pendiente',
};

export type SyncMessages = typeof es;

const ptBR: SyncMessages = {
  step: {
    orders: 'Pedidos',
    items: 'Anúncios',
    shipments: 'Envios',
    questions: 'Perguntas',
  },
  progressLabel: 'Sincronizando com o Mercado Livre',
  progressOf: '{{step}} {{done}}/{{total}}',
  progressUnknown: '{{step}}…',
  progressStep: '{{progress}} · etapa {{number}} de {{count}}',
  progressAccount: '{{nickname}}: ',
  cancel: 'Cancelar',
  cancelled: 'Sincronização interrompida. O que já foi salvo continua aqui.',
  syncNow: 'Sincronizar agora',
  syncing: 'Sincronizando…',
  syncedAgo: 'Sincronizado {{ago}}',
  justNow: 'agora mesmo',
  offline: 'Sem conexão — dados de {{when}}',
  offlineNoData: 'Sem conexão com o Mercado Livre',
  rateLimited: 'O Mercado Livre pediu para esperar — dados de {{when}}',
  needsSignIn: 'É preciso conectar a conta de novo',
  failed: 'A última sincronização falhou — dados de {{when}}',
  firstSync: 'Primeira sincronização pendente',
};

const en: SyncMessages = {
  step: {
    orders: 'Orders',
    items: 'Listings',
    shipments: 'Shipments',
    questions: 'Questions',
  },
  progressLabel: 'Syncing with Mercado Libre',
  progressOf: '{{step}} {{done}}/{{total}}',
  progressUnknown: '{{step}}…',
  progressStep: '{{progress}} · step {{number}} of {{count}}',
  progressAccount: '{{nickname}}: ',
  cancel: 'Cancel',
  cancelled: 'Sync stopped. What was already saved is kept.',
  syncNow: 'Sync now',
  syncing: 'Syncing…',
  syncedAgo: 'Synced {{ago}}',
  justNow: 'just now',
  offline: 'Offline — data from {{when}}',
  offlineNoData: 'No connection to Mercado Libre',
  rateLimited: 'Mercado Libre asked us to wait — data from {{when}}',
  needsSignIn: 'The account must be connected again',
  failed: 'The last sync failed — data from {{when}}',
  firstSync: 'First sync pending',
};

export const syncLocales = { es, 'pt-BR': ptBR, en };
