/** Institutions and other instruments are names, not wording: the matcher's copy of the law has them blanked. */
import { describe, expect, it } from 'vitest';
import { nameSpans } from '../../core/segment/names.js';
import { segmentReading } from '../../core/segment/segment.js';
import { FILL, read } from '../../core/segment/read.js';

const named = (line: string) => nameSpans(line).map(([a, b]) => line.slice(a, b));

describe('names of institutions and instruments', () => {
  it.each([
    ['Autorización de la Superintendencia Nacional de Control de Servicios de Seguridad, Armas, Municiones y Explosivos de Uso Civil.', 'Superintendencia Nacional de Control de Servicios de Seguridad, Armas, Municiones y Explosivos de Uso Civil'],
    ['The licence is issued by the Office for Weapons and Explosives on application.', 'Office for Weapons and Explosives'],
    ['under Act No. 455/1991 Coll. on trade licences (the Trade Licensing Act), as amended', 'Act No. 455/1991 Coll. on trade licences (the Trade Licensing Act)'],
    ["selon les modalités du décret n° 2013-700 du 30 juillet 2013 portant application de la loi relative au contrôle des armes, et", "décret n° 2013-700 du 30 juillet 2013 portant application de la loi relative au contrôle des armes"],
    ['conforme a la Ley N° 30299, Ley de armas de fuego, municiones', 'Ley N° 30299, Ley de armas de fuego'],
    ['as defined in the Criminal Procedure Act 51 of 1977.', 'Act 51 of 1977'],
    ['el Departamento de Control de Armas y Explosivos, el Registro de Armas', 'Departamento de Control de Armas y Explosivos'],
    ["Un décret en Conseil d'Etat détermine les matériels, armes, munitions", "Conseil d'Etat"],
    ['previo concepto del Consejo de Estado, el Gobierno reglamentará', 'Consejo de Estado'],
    ['los oficiales de tránsito y los oficiales de migración', 'oficiales de tránsito'],
    ["l'avis de l'autorité cantonale visée à l'art. 6 de la loi fédérale du 21 mars 1997 instituant des mesures visant au maintien de la sûreté intérieure [28] .", 'loi fédérale du 21 mars 1997 instituant des mesures visant au maintien de la sûreté intérieure '],
    ['as defined in the Federal Act of 13 December 1996 on War Material (WMA), the', 'Federal Act of 13 December 1996 on War Material '],
    ['in accordance with Article 6 of the Federal Act of 21 March 1997 [29] on Measures to Safeguard Internal Security.', 'Federal Act of 21 March 1997 [29] on Measures to Safeguard Internal Security'],
    ['se requiere contar con la guía de tránsito expedida por la SUCAMEC', 'guía de tránsito'],
    ['Disposiciones para el tránsito de licencia a tarjeta de propiedad', 'tránsito de licencia'],
  ])('%s', (line, name) => expect(named(line)).toEqual([name]));

  it.each([
    'The Office shall keep a register of all firearms.',
    'El Registro Nacional de Armas contendrá los datos de cada arma.',
    'No person shall import any firearm without a permit issued by the Minister.',
    'La importación, la exportación y el tránsito internacional de armas de fuego requieren licencia.',
  ])('leaves operative wording alone: %s', (line) => expect(named(line)).toEqual([]));

  it('blanks them only in the matcher’s copy: the clause keeps its words', () => {
    const text = 'Artículo 1. El permiso lo expide el Departamento de Control Comercio de Armas, Municiones y Explosivos.';
    const { clauses, plain } = segmentReading(read(text));
    expect(clauses[0]!.text).toContain('Departamento de Control Comercio de Armas');
    expect(plain).not.toContain('Armas');
    expect(plain).toContain('permiso');
    expect(plain.length).toBe(text.length);
    expect(plain).toContain(FILL);
  });
});
