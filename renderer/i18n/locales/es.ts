/**
 * Spanish (the source catalogue: its shape is the `Messages` type every other language must match).
 * Written for sellers across Latin America: Rioplatense-friendly wording ("acá", "vas a") but no imperatives
 * that exist only with voseo or only with tú, so it reads naturally from Argentina to Mexico.
 */
const es = {
  app: {
    name: 'Mostrador',
    tagline: 'Tu mostrador de Mercado Libre',
    skipToContent: 'Saltar al contenido',
    skipToStatus: 'Saltar a la barra de estado (F6)',
    loading: 'Abriendo Mostrador…',
    loadFailed: 'No se pudo abrir Mostrador.',
    retry: 'Reintentar',
    pageTitle: '{{section}} · Mostrador',
  },
  table: {
    hiddenColumns: 'No entran a este ancho: {{columns}}. Abrí una fila para verlas, o agrandá la ventana.',
  },
  nav: {
    label: 'Secciones',
    orders: 'Pedidos',
    listings: 'Publicaciones',
    stock: 'Stock',
    questions: 'Preguntas',
    labels: 'Etiquetas',
    changes: 'Cambios pendientes',
    settings: 'Configuración',
  },
  sections: {
    orders: {
      subtitle: 'Ventas para preparar, despachar y seguir.',
      emptyTitle: 'Todavía no hay pedidos',
      emptyBody:
        'Tus pedidos van a aparecer acá cuando conectes tu cuenta de Mercado Libre y termine la primera sincronización.',
      emptyNote: 'Se guardan en esta computadora, así que vas a poder consultarlos aunque se corte internet.',
    },
    listings: {
      subtitle: 'Títulos, precios y estado de tus publicaciones.',
      emptyTitle: 'Todavía no hay publicaciones',
      emptyBody:
        'Tus publicaciones van a aparecer acá después de la primera sincronización, listas para buscar y editar.',
      emptyNote: 'Los cambios se guardan al instante y se envían a Mercado Libre cuando hay conexión.',
    },
    stock: {
      subtitle: 'Unidades disponibles y stock compartido entre publicaciones.',
      emptyTitle: 'Todavía no hay stock para mostrar',
      emptyBody:
        'Acá vas a ver las unidades disponibles de cada producto y mantenerlas al día en todas las publicaciones que lo venden.',
      emptyNote: 'Antes de aplicar un cambio masivo, Mostrador muestra qué va a cambiar.',
    },
    questions: {
      subtitle: 'Consultas de compradores que esperan respuesta.',
      emptyTitle: 'No hay preguntas sin responder',
      emptyBody:
        'Las preguntas de tus compradores van a aparecer acá cuando conectes tu cuenta, con las más antiguas primero.',
      emptyNote: 'Vas a poder escribir respuestas sin conexión; se envían cuando vuelve internet.',
    },
    labels: {
      subtitle: 'Etiquetas de envío para imprimir en PDF o en impresoras térmicas (ZPL).',
      emptyTitle: 'No hay etiquetas para imprimir',
      emptyBody:
        'Las etiquetas de Mercado Envíos de tus pedidos listos para despachar van a aparecer acá para imprimirlas en lote.',
      emptyNote: 'Cada etiqueta se guarda en esta computadora para poder reimprimirla sin conexión.',
    },
    changes: {
      subtitle: 'Lo que cambiaste y todavía no confirmó Mercado Libre: enviándose, con error o en conflicto.',
      emptyTitle: 'No hay cambios pendientes',
      emptyBody: 'Cuando edites una publicación, el cambio aparece acá hasta que Mercado Libre lo confirme.',
      emptyNote: 'Los cambios se guardan al instante y se envían solos cuando hay conexión.',
    },
    settings: {
      subtitle: 'Idioma, sincronización y la conexión con Mercado Libre.',
    },
  },
  status: {
    label: 'Estado',
    account: 'Cuenta',
    noAccount: 'Ninguna cuenta conectada',
    needsSignIn: '{{nickname}} (hay que volver a iniciar sesión)',
    moreAccounts_one: '{{nickname}} y {{count}} cuenta más',
    moreAccounts_other: '{{nickname}} y {{count}} cuentas más',
    mode: 'Modo',
    desktop: 'Aplicación de escritorio',
    browser: 'Modo navegador',
    browserWithReason: 'Modo navegador: {{reason}}',
    browserReason: {
      requested: 'se pidió el modo navegador',
      electron_missing: 'el entorno de escritorio (Electron) no está instalado',
      no_display: 'no hay pantalla para abrir una ventana de escritorio',
      not_built: 'la aplicación de escritorio no está compilada',
      native_modules: 'faltan los componentes de base de datos de la aplicación de escritorio',
      start_failed: 'la aplicación de escritorio no pudo iniciarse',
    },
    demo: 'Tienda de demostración',
    demoHint: 'No hay una aplicación de Mercado Libre configurada: los datos son de prueba.',
    lastSync: 'Última sincronización',
    neverSynced: 'Nunca se sincronizó',
    syncedAt: 'Última sincronización: {{when}}',
    syncEvery_one: 'cada {{count}} minuto',
    syncEvery_other: 'cada {{count}} minutos',
  },
  notices: {
    dismiss: 'Cerrar aviso',
    details: 'Detalles técnicos',
    settings_corrupt:
      'El archivo de configuración no se pudo leer. Se guardó aparte sin borrarlo y Mostrador usa la configuración predeterminada.',
    settings_too_new:
      'La configuración fue guardada por una versión más nueva de Mostrador. Se guardó aparte y se usa la configuración predeterminada.',
    generic: 'Mostrador encontró un problema al iniciar.',
  },
  settings: {
    saved: 'Cambios guardados.',
    saving: 'Guardando…',
    notSaved: 'No se guardó ningún cambio.',
    language: {
      heading: 'Idioma',
      label: 'Idioma de Mostrador',
      auto: 'Automático (según el sitio de tu cuenta)',
      help: 'En automático, Mostrador usa el idioma del sitio de Mercado Libre de tu cuenta.',
    },
    updates: {
      heading: 'Actualizaciones',
      intro: 'La app de escritorio puede buscar versiones nuevas sola, en un servidor de actualizaciones que elijas. Mientras no lo configures, no se conecta a ninguno.',
      enabled: 'Buscar e instalar actualizaciones automáticamente',
      feedUrl: 'Dirección del servidor de actualizaciones',
      feedHelp: 'Una dirección https:// con los archivos latest.yml de Mostrador, sin usuario ni contraseña.',
      invalid: 'Tiene que ser una dirección https://, sin usuario ni contraseña.',
      feedRequired: 'Para activarlas, escribí la dirección del servidor.',
      on: 'Activadas: se buscan cada 6 horas, se descargan en segundo plano y se instalan al salir de Mostrador.',
      off: 'Desactivadas: instalá las versiones nuevas a mano.',
      browserNote: 'En el modo navegador no se actualiza nada: esto vale para la app de escritorio.',
      save: 'Guardar actualizaciones',
    },
    sync: {
      heading: 'Sincronización',
      label: 'Buscar novedades cada',
      unit: 'minutos',
      help: 'Entre 1 y 120 minutos. Un intervalo corto trae los pedidos antes; uno largo gasta menos conexión.',
      invalid: 'Tiene que ser un número entero de minutos, entre 1 y 120.',
      save: 'Guardar intervalo',
    },
    meli: {
      heading: 'Aplicación de Mercado Libre',
      intro:
        'Para conectar tu cuenta, Mostrador necesita una aplicación registrada en el portal de desarrolladores de Mercado Libre (Mis aplicaciones → Crear aplicación). Los datos que te muestra al crearla van en estos campos.',
      clientId: 'ID de la aplicación (Client ID)',
      clientIdHelp: 'El número que Mercado Libre muestra para tu aplicación.',
      clientIdInvalid: 'El ID de la aplicación es solo números, tal como lo muestra Mercado Libre.',
      redirectUri: 'URI de redirección',
      redirectUriHelp:
        'Mercado Libre exige una dirección HTTPS. Tiene que coincidir exactamente con la que registraste en tu aplicación.',
      redirectUriInvalid: 'Tiene que ser una dirección que empiece con https://.',
      secretNote: 'La clave secreta nunca se muestra en esta pantalla: se guarda cifrada en esta computadora.',
      save: 'Guardar datos de la aplicación',
    },
    about: {
      heading: 'Acerca de Mostrador',
      version: 'Versión',
      dataDir: 'Carpeta de datos',
      mode: 'Modo',
      secrets: 'Claves secretas',
      secretsOs: 'Protegidas por el llavero del sistema operativo.',
      secretsKeyFile:
        'Cifradas con una clave guardada en un archivo de esta computadora: una protección más débil que la del llavero del sistema.',
    },
  },
  errors: {
    invalid_input: 'Algunos datos no son válidos. No se cambió nada.',
    unknown_method: 'Esta versión de Mostrador no reconoce el pedido. Reiniciar la aplicación puede solucionarlo.',
    unauthorized: 'Esta pestaña perdió el acceso a Mostrador. Para recuperarlo, hay que abrirla de nuevo desde la dirección que muestra Mostrador al iniciar.',
    forbidden: 'Mostrador rechazó el pedido porque no viene de esta computadora.',
    not_found: 'No se encontró lo que buscabas.',
    conflict: 'Esto cambió mientras lo editabas. Conviene revisar los datos y volver a intentar.',
    offline: 'No hay conexión con Mostrador o con Mercado Libre. Los cambios quedan guardados para enviarlos después.',
    rate_limited: 'Mercado Libre pidió esperar un momento. Mostrador va a reintentar solo.',
    needs_sign_in: 'Hay que volver a iniciar sesión en Mercado Libre. No se perdió nada de lo pendiente.',
    settings_corrupt: 'El archivo de configuración estaba dañado: se guardó aparte y se usa la configuración predeterminada.',
    internal: 'Algo falló dentro de Mostrador. No se cambió nada.',
  },
};

export default es;
export type Messages = typeof es;
