import type { Cues } from './types.js';

export const es: Cues = {
  characters: {
    purpose: ['presente ley tiene por objeto', 'presente decreto tiene por objeto', 'presente reglamento tiene por objeto', 'esta ley tiene por objeto', 'presente ley tiene como objeto', 'presente ley tiene por finalidad', 'presente decreto tiene por finalidad', 'presente ley regula', 'presente decreto regula', 'presente reglamento regula', 'objeto y fines', 'objeto de la presente ley'],
    exemption: ['no se aplica*', 'no será* aplicable*', 'no les será aplicable', 'quedan exceptuad*', 'queda exceptuad*', 'se exceptúa*', 'están exceptuad*', 'estarán exceptuad*', 'exent*', 'no requerirá*', 'no requiere*', 'no requieren', 'no necesitan', 'no estará* sujet*', 'no están sujet*', 'excepciones'],
    transitional: ['entrará en vigencia', 'entrará en vigor', 'entra en vigencia', 'disposición transitoria', 'disposiciones transitorias', 'transitorio', 'se deroga*', 'deróga*', 'quedan derogad*', '=modifícase', '=modifícanse', 'modifíquese', 'modifíquense', 'se modifica el artículo', 'se modifican los artículos', 'vigente desde', 'a la fecha de entrada en vigencia', 'plazo de adecuación', 'régimen transitorio'],
    delegation: ['podrá reglamentar', 'podrá, por reglamento', 'facultad reglamentaria', 'facultado para reglamentar', 'facúltase al poder ejecutivo para reglamentar'],
    register: ['registro en el cual', 'llevará un registro', 'llevarán un registro', 'llevar un registro', 'deberán inscribirse', 'deberá inscribirse', 'se inscribirá*', 'se registrará*', 'se consignará*', 'el registro contendrá', 'contendrá los siguientes datos', 'los siguientes datos', 'la siguiente información', 'base de datos', 'sistema de información', 'datos de'],
    contents: ['deberá presentar', 'deberán presentar', 'requisitos', 'acompañar', 'acompañada de', 'acompañado de', 'acompañadas de', 'acompañados de', 'siguiente documentación', 'siguientes documentos', 'la solicitud contendrá', 'la solicitud deberá', 'solicitud debidamente', 'formulario', 'la licencia contendrá', 'el permiso contendrá', 'deberá contener', 'deberá indicar', 'consignará'],
    prohibition: ['se prohíbe', 'prohíbese', 'queda prohibid*', 'quedan prohibid*', 'está prohibid*', 'están prohibid*', 'prohibid*', 'ninguna persona podrá', 'nadie podrá', 'no podrá', 'no podrán', 'no deberá'],
    duty: ['deberá', 'deberán', 'debe', 'deben', 'está obligad*', 'están obligad*', 'tiene la obligación', 'tienen la obligación', 'es obligación', 'obligatori*', 'se sujetará*'],
    permission: ['podrá', 'podrán', 'puede', 'pueden', 'está facultad*', 'queda facultad*', 'facúltase'],
    institution: ['se crea', 'créase', 'estará a cargo', 'tendrá a su cargo', 'es competente', 'será competente', 'corresponde a', 'le corresponde'],
  },
  criminal: ['prisión', 'presidio', 'reclusión', 'pena privativa', 'pena de', 'penas de', 'será reprimido', 'serán reprimidos', 'comete delito', 'constituye delito', 'incurrirá en', 'relegación', 'sancionado con la pena', 'sancionados con la pena', 'inhabilitación'],
  administrative: ['sanción administrativa', 'sanciones administrativas', 'infracción administrativa', 'infracciones administrativas', 'contravención', 'contravenciones', 'multa', 'multas', 'decomiso administrativo', 'amonestación', 'infracción', 'infracciones'],
  subjects: {
    firearms: ['arma*', 'arma de fuego', 'armas de fuego', 'armería*', 'armero*', 'fusil*', 'pistola*', 'revólver*', 'escopeta*', 'carabina*', 'ametralladora*'],
    ammunition: ['munición', 'municiones', 'cartucho*'],
    parts: ['partes y componentes', 'piezas y componentes', 'partes, piezas', 'piezas', 'cañón', 'armazón'],
    explosives: ['explosivo*', 'detonante*', 'voladura*', 'pólvora*', 'dinamita', 'agentes de voladura'],
    pyrotechnics: ['pirotécnic*', 'fuegos artificiales', 'productos pirotécnicos'],
    'other-weapons': ['arma blanca', 'armas blancas', 'cuchillo*', 'puñal*', 'bayoneta*', 'ballesta*', 'arquería', 'armas que no son de fuego', 'no letales', 'neumática*', 'de aire comprimido'],
    precursors: ['precursor*', 'sustancias químicas', 'insumos químicos'],
    wmd: ['armas de destrucción masiva', 'armas nucleares', 'arma nuclear', 'armas biológicas', 'armas químicas', 'sistemas vectores'],
  },
  directions: {
    import: ['import*', 'internación', 'internar', 'internaren', 'ingreso al país', 'introducir al país', 'introducción al país', 'ingresar al país'],
    export: ['export*', 'salida del país', 'reexport*'],
    transit: ['tránsito', 'transbordo*', 'transbord*'],
    'domestic-transfer': ['venta', 'vend*', 'cesión', 'transferencia*', 'transfer*', 'enajena*', 'comerciali*', 'entrega'],
  },
  actors: {
    authority: ['la sucamec', 'el ministerio', 'la dirección', 'la autoridad', 'autoridad competente', 'la superintendencia', 'el gobierno', 'el estado', 'la policía', 'las fuerzas militares', 'el comando', 'el departamento'],
    licensee: ['titular*', 'comerciante*', 'fabricante*', 'armero*', 'armería*', 'importador*', 'exportador*', 'poseedor*', 'tenedor*'],
    'any-person': ['toda persona', 'ninguna persona', 'el que', 'la persona que', 'quien', 'quienes', 'los que', 'las personas que'],
  },
  scopes: {
    international: ['otros estados', 'otro estado', 'estados parte*', 'extranjer*', 'internacional*', 'interpol', 'otros países', 'otro país', 'país de destino', 'gobiernos extranjeros'],
    domestic: [],
  },
  generalPenalty: ['infracción a las disposiciones de la presente', 'infracciones a la presente', 'contravenga las disposiciones de la presente', 'infrinja lo dispuesto en la presente', 'violación de las disposiciones de la presente', 'incumpla las disposiciones de la presente'],
  penalHeadings: ['penal*', 'delito*', 'de la penalidad', 'penalidad*', 'sanciones penales'],
  administrativeHeadings: ['infracciones', 'sanciones administrativas', 'régimen sancionador', 'contravenciones', 'del régimen de sanciones'],
};
