// Word lists the generator draws from: products, categories, people and places per site, so the
// demo store reads like a real Argentine, Brazilian or Mexican shop.
import type { SiteId } from '../model';

export interface CategoryDef {
  key: string;
  ids: Record<SiteId, string>;
  names: Record<SiteId, string>;
  parent: Record<SiteId, string>;
  maxTitleLength: number;
}

export const CATEGORIES: CategoryDef[] = [
  { key: 'shoes', ids: { MLA: 'MLA109027', MLB: 'MLB23332', MLM: 'MLM6585' }, names: { MLA: 'Zapatillas', MLB: 'Tênis', MLM: 'Tenis' }, parent: { MLA: 'Ropa y Accesorios', MLB: 'Calçados, Roupas e Bolsas', MLM: 'Ropa, Bolsas y Calzado' }, maxTitleLength: 60 },
  { key: 'tshirt', ids: { MLA: 'MLA417372', MLB: 'MLB31447', MLM: 'MLM1598' }, names: { MLA: 'Remeras', MLB: 'Camisetas', MLM: 'Playeras' }, parent: { MLA: 'Ropa y Accesorios', MLB: 'Calçados, Roupas e Bolsas', MLM: 'Ropa, Bolsas y Calzado' }, maxTitleLength: 60 },
  { key: 'headphones', ids: { MLA: 'MLA3697', MLB: 'MLB196208', MLM: 'MLM59800' }, names: { MLA: 'Auriculares', MLB: 'Fones de Ouvido', MLM: 'Audífonos' }, parent: { MLA: 'Electrónica, Audio y Video', MLB: 'Eletrônicos, Áudio e Vídeo', MLM: 'Electrónica, Audio y Video' }, maxTitleLength: 60 },
  { key: 'case', ids: { MLA: 'MLA5338', MLB: 'MLB5339', MLM: 'MLM5340' }, names: { MLA: 'Fundas para Celulares', MLB: 'Capinhas para Celular', MLM: 'Fundas para Celulares' }, parent: { MLA: 'Celulares y Teléfonos', MLB: 'Celulares e Telefones', MLM: 'Celulares y Telefonía' }, maxTitleLength: 60 },
  { key: 'charger', ids: { MLA: 'MLA9451', MLB: 'MLB5347', MLM: 'MLM3815' }, names: { MLA: 'Cargadores', MLB: 'Carregadores', MLM: 'Cargadores' }, parent: { MLA: 'Celulares y Teléfonos', MLB: 'Celulares e Telefones', MLM: 'Celulares y Telefonía' }, maxTitleLength: 60 },
  { key: 'kitchen', ids: { MLA: 'MLA1580', MLB: 'MLB1581', MLM: 'MLM1582' }, names: { MLA: 'Sartenes y Ollas', MLB: 'Panelas e Frigideiras', MLM: 'Sartenes y Ollas' }, parent: { MLA: 'Hogar, Muebles y Jardín', MLB: 'Casa, Móveis e Decoração', MLM: 'Hogar, Muebles y Jardín' }, maxTitleLength: 60 },
  { key: 'bottle', ids: { MLA: 'MLA429413', MLB: 'MLB264813', MLM: 'MLM191082' }, names: { MLA: 'Termos y Botellas', MLB: 'Garrafas Térmicas', MLM: 'Termos' }, parent: { MLA: 'Hogar, Muebles y Jardín', MLB: 'Casa, Móveis e Decoração', MLM: 'Hogar, Muebles y Jardín' }, maxTitleLength: 60 },
  { key: 'backpack', ids: { MLA: 'MLA26538', MLB: 'MLB26539', MLM: 'MLM26540' }, names: { MLA: 'Mochilas', MLB: 'Mochilas', MLM: 'Mochilas' }, parent: { MLA: 'Ropa y Accesorios', MLB: 'Calçados, Roupas e Bolsas', MLM: 'Ropa, Bolsas y Calzado' }, maxTitleLength: 60 },
  { key: 'computing', ids: { MLA: 'MLA1714', MLB: 'MLB1714', MLM: 'MLM1714' }, names: { MLA: 'Mouses y Teclados', MLB: 'Mouses e Teclados', MLM: 'Mouses y Teclados' }, parent: { MLA: 'Computación', MLB: 'Informática', MLM: 'Computación' }, maxTitleLength: 60 },
  { key: 'lighting', ids: { MLA: 'MLA30810', MLB: 'MLB30811', MLM: 'MLM30812' }, names: { MLA: 'Iluminación', MLB: 'Iluminação', MLM: 'Iluminación' }, parent: { MLA: 'Hogar, Muebles y Jardín', MLB: 'Casa, Móveis e Decoração', MLM: 'Hogar, Muebles y Jardín' }, maxTitleLength: 120 },
];

export interface ProductTemplate {
  category: string;
  es: string[];
  pt: string[];
  brands: string[];
  /** Price in US dollars; the generator converts it to the site currency. */
  usd: [number, number];
  variations: null | 'color_size' | 'color';
}

export const PRODUCTS: ProductTemplate[] = [
  { category: 'shoes', es: ['Zapatillas Running Hombre', 'Zapatillas Urbanas Mujer', 'Zapatillas Deportivas Unisex'], pt: ['Tênis Corrida Masculino', 'Tênis Casual Feminino', 'Tênis Esportivo Unissex'], brands: ['Topper', 'Fila', 'Olympikus', 'Nike', 'Adidas'], usd: [35, 120], variations: 'color_size' },
  { category: 'tshirt', es: ['Remera Algodón Lisa', 'Remera Oversize Estampada', 'Remera Deportiva Dry Fit'], pt: ['Camiseta Algodão Lisa', 'Camiseta Oversized Estampada', 'Camiseta Dry Fit Academia'], brands: ['Básicos', 'Hering', 'Urban', 'Puma'], usd: [8, 25], variations: 'color_size' },
  { category: 'headphones', es: ['Auriculares Bluetooth Inalámbricos', 'Auriculares In Ear Con Micrófono', 'Auriculares Gamer Con Luz Led'], pt: ['Fone De Ouvido Bluetooth Sem Fio', 'Fone In Ear Com Microfone', 'Headset Gamer Com Led'], brands: ['JBL', 'Sony', 'Xiaomi', 'Philips', 'Redragon'], usd: [15, 90], variations: 'color' },
  { category: 'case', es: ['Funda Silicona iPhone 15', 'Funda Antigolpes Galaxy S24', 'Funda Transparente Moto G84'], pt: ['Capinha Silicone iPhone 15', 'Capa Anti Impacto Galaxy S24', 'Capinha Transparente Moto G84'], brands: ['Genérica', 'Spigen', 'Otterbox'], usd: [4, 18], variations: 'color' },
  { category: 'charger', es: ['Cargador Rápido Usb C 20w', 'Cargador Auto Doble Usb', 'Cable Usb C Reforzado 2 Metros'], pt: ['Carregador Turbo Usb C 20w', 'Carregador Veicular Duplo Usb', 'Cabo Usb C Reforçado 2 Metros'], brands: ['Samsung', 'Motorola', 'Baseus', 'Genérica'], usd: [5, 25], variations: null },
  { category: 'kitchen', es: ['Set Sartenes Antiadherentes 3 Piezas', 'Olla Acero Inoxidable 24 Cm', 'Sartén Hierro Fundido 26 Cm'], pt: ['Jogo De Panelas Antiaderente 5 Peças', 'Panela De Pressão 4,5 Litros', 'Frigideira Ferro Fundido 26 Cm'], brands: ['Tramontina', 'Hudson', 'Tefal', 'Vasconia'], usd: [20, 110], variations: null },
  { category: 'bottle', es: ['Termo Acero Inoxidable 1 Litro', 'Botella Térmica 750 Ml', 'Mate Acero Térmico Con Bombilla'], pt: ['Garrafa Térmica Inox 1 Litro', 'Garrafa Squeeze Térmica 750 Ml', 'Copo Térmico Com Tampa 500 Ml'], brands: ['Stanley', 'Lumilagro', 'Contigo', 'Waterdog'], usd: [12, 60], variations: 'color' },
  { category: 'backpack', es: ['Mochila Urbana Porta Notebook', 'Mochila Escolar Reforzada', 'Mochila Viaje Impermeable 40 L'], pt: ['Mochila Executiva Para Notebook', 'Mochila Escolar Reforçada', 'Mochila De Viagem Impermeável 40 L'], brands: ['Samsonite', 'Xtrem', 'Swissport', 'Totto'], usd: [18, 70], variations: 'color' },
  { category: 'computing', es: ['Mouse Inalámbrico Silencioso', 'Teclado Mecánico Gamer Rgb', 'Combo Teclado Y Mouse Inalámbrico'], pt: ['Mouse Sem Fio Silencioso', 'Teclado Mecânico Gamer Rgb', 'Kit Teclado E Mouse Sem Fio'], brands: ['Logitech', 'Redragon', 'Genius', 'HyperX'], usd: [10, 80], variations: null },
  { category: 'lighting', es: ['Lámpara Led Escritorio Flexible', 'Tira Led Rgb 5 Metros Con Control', 'Velador Madera Nórdico'], pt: ['Luminária Led De Mesa Flexível', 'Fita Led Rgb 5 Metros Com Controle', 'Abajur Madeira Nórdico'], brands: ['Philips', 'Macroled', 'Genérica'], usd: [9, 45], variations: null },
];

export const COLORS: Record<'es' | 'pt', Array<[string, string]>> = {
  es: [['52049', 'Negro'], ['52055', 'Blanco'], ['52028', 'Azul'], ['51993', 'Rojo'], ['283165', 'Gris'], ['52014', 'Verde']],
  pt: [['52049', 'Preto'], ['52055', 'Branco'], ['52028', 'Azul'], ['51993', 'Vermelho'], ['283165', 'Cinza'], ['52014', 'Verde']],
};
export const SIZES: Record<'shoes' | 'clothes', string[]> = { shoes: ['38', '39', '40', '41', '42', '43'], clothes: ['S', 'M', 'L', 'XL'] };

export const CURRENCY_PER_USD: Record<SiteId, number> = { MLA: 1200, MLB: 5.5, MLM: 18 };

export interface PersonNames { first: string[]; last: string[] }
export const NAMES: Record<SiteId, PersonNames> = {
  MLA: { first: ['Lucía', 'Martín', 'Sofía', 'Juan Pablo', 'Valentina', 'Santiago', 'Camila', 'Mateo', 'Florencia', 'Nicolás', 'Agustina', 'Facundo', 'Milagros', 'Tomás'], last: ['González', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'Pérez', 'Gómez', 'Díaz', 'Sosa', 'Romero', 'Álvarez', 'Benítez', 'Acuña', 'Ibáñez'] },
  MLB: { first: ['João', 'Maria', 'Ana Clara', 'Pedro', 'Beatriz', 'Lucas', 'Júlia', 'Gabriel', 'Larissa', 'Rafael', 'Fernanda', 'Thiago', 'Letícia', 'Vinícius'], last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Ferreira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Araújo', 'Conceição', 'Gonçalves'] },
  MLM: { first: ['José Luis', 'Guadalupe', 'Alejandro', 'Ximena', 'Diego', 'Fernanda', 'Emiliano', 'Regina', 'Jesús', 'Mariana', 'Iván', 'Daniela', 'Rodrigo', 'Itzel'], last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Sánchez', 'Cruz', 'Flores', 'Morales', 'Vázquez', 'Jiménez', 'Reyes', 'Núñez'] },
};

type ZipFactory = (n: number) => string;
const arZip: ZipFactory = (n) => String(1000 + (n % 8000));
const brZip: ZipFactory = (n) => String(1000000 + (n % 98000000)).padStart(8, '0');
const mxZip: ZipFactory = (n) => String(1000 + (n % 98000)).padStart(5, '0');

export const PLACES: Record<SiteId, Array<{ city: string; stateId: string; stateName: string }>> = {
  MLA: [
    { city: 'Palermo', stateId: 'AR-C', stateName: 'Capital Federal' }, { city: 'Caballito', stateId: 'AR-C', stateName: 'Capital Federal' },
    { city: 'La Plata', stateId: 'AR-B', stateName: 'Buenos Aires' }, { city: 'Quilmes', stateId: 'AR-B', stateName: 'Buenos Aires' },
    { city: 'Córdoba', stateId: 'AR-X', stateName: 'Córdoba' }, { city: 'Rosario', stateId: 'AR-S', stateName: 'Santa Fe' },
    { city: 'Mendoza', stateId: 'AR-M', stateName: 'Mendoza' }, { city: 'Neuquén', stateId: 'AR-Q', stateName: 'Neuquén' },
    { city: 'San Miguel de Tucumán', stateId: 'AR-T', stateName: 'Tucumán' },
  ],
  MLB: [
    { city: 'São Paulo', stateId: 'BR-SP', stateName: 'São Paulo' }, { city: 'Campinas', stateId: 'BR-SP', stateName: 'São Paulo' },
    { city: 'Rio de Janeiro', stateId: 'BR-RJ', stateName: 'Rio de Janeiro' }, { city: 'Belo Horizonte', stateId: 'BR-MG', stateName: 'Minas Gerais' },
    { city: 'Curitiba', stateId: 'BR-PR', stateName: 'Paraná' }, { city: 'Porto Alegre', stateId: 'BR-RS', stateName: 'Rio Grande do Sul' },
    { city: 'Salvador', stateId: 'BR-BA', stateName: 'Bahia' }, { city: 'Recife', stateId: 'BR-PE', stateName: 'Pernambuco' },
    { city: 'Florianópolis', stateId: 'BR-SC', stateName: 'Santa Catarina' },
  ],
  MLM: [
    { city: 'Coyoacán', stateId: 'MX-CMX', stateName: 'Ciudad de México' }, { city: 'Benito Juárez', stateId: 'MX-CMX', stateName: 'Ciudad de México' },
    { city: 'Guadalajara', stateId: 'MX-JAL', stateName: 'Jalisco' }, { city: 'Zapopan', stateId: 'MX-JAL', stateName: 'Jalisco' },
    { city: 'Monterrey', stateId: 'MX-NLE', stateName: 'Nuevo León' }, { city: 'Puebla', stateId: 'MX-PUE', stateName: 'Puebla' },
    { city: 'Querétaro', stateId: 'MX-QUE', stateName: 'Querétaro' }, { city: 'Mérida', stateId: 'MX-YUC', stateName: 'Yucatán' },
  ],
};

export const ZIP: Record<SiteId, ZipFactory> = { MLA: arZip, MLB: brZip, MLM: mxZip };

export const STREETS: Record<SiteId, string[]> = {
  MLA: ['Av. Corrientes', 'Av. Santa Fe', 'Calle 7', 'Bv. Oroño', 'San Martín', 'Belgrano', 'Av. Colón', 'Güemes', 'Mitre'],
  MLB: ['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Av. Brasil', 'Rua XV de Novembro', 'Rua da Consolação', 'Av. Sete de Setembro'],
  MLM: ['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Juárez', 'Calle Hidalgo', 'Av. Vallarta', 'Calle 5 de Mayo', 'Av. Constitución'],
};

export const QUESTIONS: Record<'es' | 'pt', string[]> = {
  es: ['Hola, ¿tenés stock para envío hoy?', '¿Hacen factura A?', '¿Viene con garantía oficial?', '¿El talle es normal o chico?', 'Hola, ¿hacen envíos a Córdoba?', '¿Es original?', '¿Cuánto tarda en llegar?', '¿Tienen en color negro?', 'Buenas, ¿se puede retirar en persona?', '¿Aceptan cambio si no me queda bien?'],
  pt: ['Olá, tem em estoque para envio hoje?', 'Emite nota fiscal?', 'Tem garantia de fábrica?', 'A numeração é normal ou pequena?', 'Entrega em Salvador?', 'É original?', 'Quanto tempo demora para chegar?', 'Tem na cor preta?', 'Posso retirar pessoalmente?', 'Aceita troca se não servir?'],
};

export const ANSWERS: Record<'es' | 'pt', string[]> = {
  es: ['¡Hola! Sí, tenemos stock y despachamos en el día. Saludos.', 'Hola, sí, emitimos factura A y B. ¡Gracias por consultar!', 'Sí, tiene 12 meses de garantía oficial. Saludos.', 'Hola, el talle es normal. Cualquier duda estamos.'],
  pt: ['Olá! Sim, temos em estoque e enviamos hoje. Abraço.', 'Olá, emitimos nota fiscal sim. Obrigado pelo contato!', 'Sim, possui 12 meses de garantia. Abraço.', 'Olá, a numeração é normal. Qualquer dúvida estamos à disposição.'],
};

export const MESSAGES: Record<'es' | 'pt', { buyer: string[]; seller: string[] }> = {
  es: { buyer: ['Hola, ¿cuándo despachan mi compra?', '¿Me pasás el número de seguimiento?', 'Ya me llegó, ¡muchas gracias!', 'Hola, necesito factura a nombre de mi empresa.'], seller: ['¡Hola! Gracias por tu compra. Despachamos hoy mismo.', 'Tu paquete ya está en camino, podés seguirlo desde Mercado Libre.', '¡Gracias a vos! Cualquier cosa nos escribís.'] },
  pt: { buyer: ['Olá, quando vocês enviam meu pedido?', 'Pode me passar o código de rastreio?', 'Já chegou, muito obrigado!', 'Preciso da nota fiscal no nome da empresa.'], seller: ['Olá! Obrigado pela compra. Enviamos hoje mesmo.', 'Seu pacote já está a caminho, acompanhe pelo Mercado Livre.', 'Nós que agradecemos! Qualquer coisa é só chamar.'] },
};

export function languageOf(site: SiteId): 'es' | 'pt' {
  return site === 'MLB' ? 'pt' : 'es';
}
