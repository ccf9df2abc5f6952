import type { PeopleLexicon } from './types';

const words = (s: string) => s.trim().split(/\s+/);

/** Spanish. */
export const es: PeopleLexicon = {
  titles: words(`dr dr. dra dra. doctor doctora prof profesor profesora presidente presidenta ministro ministra
    senador senadora diputado diputada gobernador gobernadora alcalde alcaldesa juez jueza general coronel`),
  honorifics: words(`sr sr. sra sra. srta señor señora don doña`),
  roleNouns: words(`médico médica cirujano cirujana enfermero enfermera pediatra psiquiatra psicólogo psicóloga
    cardiólogo cardióloga neumólogo oncólogo radiólogo neurólogo infectólogo epidemiólogo epidemióloga virólogo
    especialista experto experta investigador investigadora científico científica profesor profesora docente
    catedrático catedrática economista historiador sociólogo politólogo ingeniero ingeniera arquitecto analista
    periodista editor editora corresponsal reportero columnista escritor escritora fotógrafo abogado abogada
    juez jueza fiscal presidente presidenta vicepresidente director directora fundador fundadora cofundador
    ejecutivo gerente coordinador coordinadora ministro ministra secretario secretaria senador senadora
    gobernador gobernadora alcalde alcaldesa concejal diputado diputada embajador embajadora diplomático
    cónsul comisario portavoz vocero vocera delegado delegada inspector oficial capitán comandante coronel
    general teniente piloto bombero jefe jefa rector decano consultor asesor asesora sacerdote pastor rabino
    obispo arzobispo papa rey reina príncipe princesa líder entrenador seleccionador meteorólogo
    consejero consejera conseller consellera viceconsejero viceconsejera concejala vicepresidenta subdirector
    subdirectora responsable técnico técnica magistrado magistrada farmacéutico farmacéutica veterinario
    veterinaria matrona psicóloga investigadora académico académica rectora decana jefe jefa
    jurista constitucionalista filósofo filósofa teólogo artista pintor pintora escultor escultora músico 
    cantante compositor compositora actor actriz cineasta director guionista dramaturgo autor autora ensayista
    traductor traductora editor locutor presentador presentadora bloguero desarrollador programador diseñador
    diseñadora agricultor agricultora ganadero pescador marinero astronauta técnico mecánico electricista minero
    empresario empresaria banquero banquera inversor activista militante político candidato candidata
    delegado representante negociador mediador agente soldado sargento brigadier fisioterapeuta
    terapeuta ginecólogo obstetra maestro maestra educador educadora tutor instructor monje monja sacerdote
    predicador clérigo misionero futbolista delantero portero centrocampista atleta ciclista nadador
    boxeador árbitro chef cocinero conductor piloto físico químico matemático 
    estadístico arqueólogo biólogo bióloga geólogo notario auditor contador contadora tesorero
    intendente colaborador colaboradora funcionario funcionaria mandatario dirigente militar legislador
    parlamentario asambleísta canciller comisionado administrador productor agrónomo cantautor poeta
    novelista curador nuncio cardenal párroco edil regidor síndico defensor procurador gobernante
    antropólogo académico director presentador conductor actor investigador`),
  // Feminine forms of the listed role nouns: "arquitecto" → "arquitecta", "director" → "directora".
  feminine: [['o', 'a'], ['or', 'ora'], ['ón', 'ona'], ['e', 'a']],
  // "-ista" makes a role noun ("periodista", "constitucionalista"), but for the nouns in notRoles.
  roleSuffixes: words(`ólogo óloga iatra ista`),
  notRoles: words(`lista vista pista revista conquista entrevista autopista arista ista política técnica física química
    música lógica crítica práctica gráfica clínica mecánica electrónica informática estadística matemática
    socialista comunista nacionalista populista islamista terrorista turista racista fascista derechista izquierdista
    excursionista senderista pacifista`),
  rolePrefixes: words(`ex vice sub co`),
  postAdjectives: words(`electo electa interino interina adjunto adjunta general ejecutivo emérito sénior senior principal titular`),
  namedWords: words(`llamado llamada`),
  articles: words(`el los las`),
  definiteArticles: words(`el la`),
  determiners: words(`el la los las un una su sus`),
  articlePrepositions: words(`al del`),
  postAdjectiveEndings: words(`al il ico ica ivo iva ario aria ense`),
  appositionLeads: words(`hoy actualmente ahora ex el la un una`),
  formerWords: words(`ex antiguo antigua exjugador exjugadora`),
  complementRoles: words(`miembro integrante`),
  copulas: words(`es era fue`),
  relativeWho: words(`que quien`),
  expertiseVerbs: words(`estudia investiga enseña dirige preside coordina codirige`),
  asWords: words(`como`),
  conjunctions: words(`sino pero aunque mientras porque si cuando pues`),
  andWords: words(`y e`),
  pluralEndings: [['es', ''], ['s', '']],
  prepositions: words(`de del en para con`),
  cueWords: words(`dijo dice afirmó afirma declaró declara explicó explica añadió agregó según señaló señala
    aseguró asegura indicó indica comentó contó advirtió subrayó destacó sostuvo escribió respondió`),
  continuationCues: words(`añadió agregó prosiguió`),
  indefinites: words(`un una`),
  kinNouns: words(`madre padre hijo hija esposa esposo marido hermano hermana viuda`),
  aliasWords: words(`alias apodado apodada`),
  ageWords: words(`años`),
  pseudonymWords: words(`nombre nombres seudónimo pseudónimo anonimato anónimo anónima identidad`),
  stopWords: words(`el la los las un una y o pero en de del al por para con sin sobre tras antes después desde
    cuando donde como porque que quien él ella ellos ellas nosotros yo usted su sus si entonces también según
    lunes martes miércoles jueves viernes sábado domingo norte sur este oeste san santa santo foto lea`),
  sentenceConnectors: words(`además sin embargo asimismo también luego entonces después antes incluso aun aunque pero mientras
    finalmente igualmente tampoco todavía ahora así dicha dicho dichas dichos`),
  placePrepositions: words(`en desde`),
  months: words(`enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre`),
  // Organisation names start with their head noun ("Hospital das Clínicas"): a place noun at the end of
  // a run is a surname ("Fernanda Costa").
  orgHeadFirst: true,
  orgWords: words(`universidad facultad escuela instituto hospital clínica sociedad asociación fundación consejo
    comité comisión departamento ministerio agencia secretaría servicio policía tribunal corte cámara senado
    congreso partido unión alianza federación liga club grupo compañía empresa banco fondo autoridad
    organización red diario periódico revista radio iglesia ejército equipo programa ley calle avenida plaza
    ciudad estado región isla playa bahía río lago monte sierra valle costa mar océano puerto aeropuerto
    estación puente torre estadio museo prisión república reino copa campeonato`),
};
