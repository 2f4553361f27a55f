import type { Cues } from './types.js';

export const en: Cues = {
  characters: {
    // Not "the purpose of this Act": stopwords dropped, it is the common "for the purposes of this Act".
    purpose: ['object of this act', 'objects of this act', 'this act aims', 'this ordinance aims', 'this law aims', 'this act regulates', 'this act governs', 'this law regulates', 'this ordinance regulates'],
    exemption: ['shall not apply', 'does not apply', 'do not apply', 'not apply to', 'is exempt*', 'are exempt*', 'shall be exempt*', 'exempted from', 'need not', 'shall not be required', 'is not required', 'nothing in this', 'shall not be obligatory', 'shall not be necessary'],
    transitional: ['prior to the date of effect', 'date of effect of this', 'shall come into force', 'comes into force', 'shall come into effect', 'is hereby repealed', 'are hereby repealed', 'is repealed', 'is amended', 'are amended', 'shall be amended', 'transitional provision*', 'shall lapse', 'shall expire on', 'in force before'],
    // A power to make regulations, and the topics listed under it.
    delegation: ['make regulations', 'may by regulation', 'may, by regulation', 'may by regulations', 'make rules', 'power to make regulations', 'regulations may prescribe', 'regulations may provide'],
    register: ['register shall contain', 'register shall include', 'register shall specify', 'register in which', 'registers in which', 'shall be entered in', 'shall record', 'shall be recorded', 'record of the following', 'the following data', 'the following particulars', 'the following information', 'containing data on', 'information system* containing', 'shall keep a register', 'keep a register', 'keep records', 'shall keep records', 'shall keep a record', 'shall be kept in the register', 'data on'],
    contents: ['shall contain the following', 'must contain the following', 'shall contain', 'must contain', 'shall include the following', 'application shall contain', 'application shall include', 'application shall state', 'application shall be accompanied', 'accompanied by the following', 'application must contain', 'application must be accompanied', 'applicant shall submit', 'applicant shall attach', 'shall be attached to the application', 'the following documents', 'the application for', 'shall apply to the', 'shall specify', 'shall state', 'the licence shall contain', 'the permit shall specify', 'the licence shall specify', 'the certificate shall contain'],
    prohibition: ['no person shall', 'no person may', 'shall not', 'must not', 'may not', 'is prohibited', 'are prohibited', 'prohibited from', 'it is unlawful', 'it shall be unlawful', 'it is an offence', 'is forbidden'],
    duty: ['shall', 'must', 'is required to', 'are required to', 'is obliged to', 'are obliged to', 'is bound to', 'has the duty', 'duty to'],
    permission: ['may', 'is entitled to', 'is authori?ed to', 'is empowered'],
    institution: ['is hereby established', 'is established', 'shall be responsible for', 'is responsible for', 'shall administer', 'is administered by'],
  },
  criminal: ['imprisonment', 'imprisoned', 'guilty of an offence', 'commits an offence', 'shall commit an offence', 'is guilty of', 'on conviction', 'upon conviction', 'liable on conviction', 'liable upon conviction', 'summary conviction', 'conviction on indictment', 'commits a criminal offence', 'shall constitute a criminal offence', 'is a criminal offence', 'shall be punished', 'punishable with', 'punishable by', 'felony', 'misdemeanor', 'misdemeanour'],
  administrative: ['administrative offence', 'administrative infraction', 'administrative penalty', 'administrative fine', 'minor offence', 'shall be fined', 'fine of up to', 'fine up to', 'a fine not exceeding czk', 'infraction', 'civil penalty'],
  subjects: {
    firearms: ['firearm*', 'fire arm*', 'arm', 'arms', 'gun', 'guns', 'rifle*', 'pistol*', 'revolver*', 'shotgun*', 'handgun*', 'weapon*', 'machine gun*'],
    ammunition: ['ammunition', 'cartridge*', 'round* of ammunition'],
    parts: ['parts and components', 'essential component*', 'main part*', 'frame or receiver', 'barrel*', 'receiver*'],
    explosives: ['explosive*', 'detonator*', 'blasting', 'gunpowder', 'dynamite'],
    pyrotechnics: ['firework*', 'pyrotechnic*'],
    'other-weapons': ['knife', 'knives', 'dagger*', 'bayonet*', 'blade*', 'sword*', 'crossbow*', 'bow and arrow*', 'stun gun*', 'pepper spray*', 'truncheon*', 'knuckle*'],
    precursors: ['precursor*', 'explosive precursor*'],
    wmd: ['weapons of mass destruction', 'weapon of mass destruction', 'nuclear weapon*', 'biological weapon*', 'chemical weapon*', 'delivery system*', 'nuclear material*'],
  },
  directions: {
    import: ['import*', 'bring* into', 'brought into', 'introduc* into', 'enter* the country', 'entry into'],
    export: ['export*', 'take* out of', 'taken out of', 'send* out of', 'removal abroad', 'remov* from the'],
    transit: ['transit', 'in transit', 'transit through', 'tranship*', 'transship*', 'trans-ship*'],
    'domestic-transfer': ['sell*', 'sale', 'sold', 'transfer*', 'supply', 'supplies', 'dispos*', 'deliver*'],
  },
  actors: {
    authority: ['the minister', 'the registrar', 'the commissioner', 'the inspector-general', 'the police', 'the authority', 'competent authority', 'licensing authority', 'licensing officer', 'the customs', 'the ministry', 'the government', 'the state', 'the department', 'the secretary'],
    licensee: ['licensee*', 'dealer*', 'manufacturer*', 'gunsmith*', 'armourer*', 'armorer*', 'holder of', 'permit holder*', 'licence holder*'],
    'any-person': ['no person', 'any person', 'every person', 'whoever', 'a person who', 'any individual'],
  },
  scopes: {
    international: ['other states', 'another state', 'other countries', 'another country', 'foreign state*', 'foreign government*', 'foreign authorit*', 'foreign law enforcement', 'international', 'interpol', 'states parties', 'member states', 'bilateral*'],
    domestic: [],
  },
  generalPenalty: ['breach of this ordinance', 'breach of this act', 'breach of any provision of this', 'contravenes any provision of this', 'contravenes this act', 'contravenes this ordinance', 'fails to comply with any provision of this', 'fails to comply with any of the provisions of this', 'for which no penalty is provided', 'for which no other penalty', 'for which no specific penalty'],
  penalHeadings: ['offence*', 'offense*', 'penal', 'penalt*', 'criminal', 'unlawful acts', 'prohibited acts', 'punishment*'],
  administrativeHeadings: ['administrative infraction*', 'administrative offence*', 'minor offence*', 'administrative penalt*', 'administrative sanction*'],
};
