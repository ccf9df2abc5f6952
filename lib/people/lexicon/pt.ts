import type { PeopleLexicon } from './types';

const words = (s: string) => s.trim().split(/\s+/);

/** Portuguese. */
export const pt: PeopleLexicon = {
  titles: words(`dr dr. dra dra. doutor doutora prof profa professor professora presidente ministro ministra
    senador senadora deputado deputada governador governadora prefeito prefeita juiz juíza general coronel`),
  honorifics: words(`sr sr. sra sra. senhor senhora dom dona`),
  roleNouns: words(`médico médica cirurgião cirurgiã enfermeiro enfermeira pediatra psiquiatra psicólogo psicóloga
    cardiologista pneumologista oncologista radiologista neurologista infectologista epidemiologista
    virologista especialista perito perita pesquisador pesquisadora cientista professor professora docente
    economista estatístico historiador historiadora sociólogo socióloga cientista engenheiro engenheira
    arquiteto arquiteta analista jornalista editor editora correspondente repórter colunista escritor escritora
    fotógrafo advogado advogada juiz juíza promotor promotora procurador procuradora presidente vice-presidente
    diretor diretora fundador fundadora cofundador executivo executiva gerente coordenador coordenadora
    ministro ministra secretário secretária senador senadora governador governadora prefeito prefeita vereador
    vereadora deputado deputada embaixador embaixadora diplomata cônsul comissário porta-voz delegado delegada
    inspetor oficial capitão comandante coronel general tenente piloto bombeiro chefe reitor consultor
    consultora assessor assessora padre pastor rabino bispo arcebispo papa rei rainha príncipe princesa líder
    técnico técnica treinador treinadora meteorologista climatologista sanitarista
    desembargador magistrado defensor policial militar sargento soldado funcionário dirigente
    empresário fazendeiro produtor agricultor pescador ator atriz cantor compositor músico artista poeta
    apresentador colaborador intendente ouvidor corregedor auditor conselheiro chanceler subsecretário
    superintendente atleta jogador atacante goleiro zagueiro biólogo antropólogo sociólogo`),
  // Feminine forms of the listed role nouns: "ministro" → "ministra", "diretor" → "diretora".
  feminine: [['o', 'a'], ['or', 'ora'], ['ão', 'ã'], ['e', 'a']],
  // "-ista" makes a role noun ("jornalista", "romancista"), but for the nouns in notRoles.
  roleSuffixes: words(`ologista iatra ólogo óloga ista`),
  notRoles: words(`lista vista pista revista conquista entrevista arista política técnica física química música
    lógica crítica prática gráfica clínica mecânica eletrônica informática estatística matemática
    socialista comunista nacionalista populista islamista terrorista turista racista fascista
    excursionista pacifista`),
  rolePrefixes: words(`vice sub`),
  postAdjectives: words(`eleito eleita interino interina adjunto adjunta geral executivo executiva emérito sênior titular`),
  namedWords: words(`chamado chamada nomeado`),
  definiteArticles: words(`o a`),
  determiners: words(`o a os as um uma seu sua`),
  articlePrepositions: words(`ao aos à às do da dos das no na nos nas pelo pela pelos pelas num numa`),
  postAdjectiveEndings: words(`al il ico ica ivo iva ário ária ense`),
  appositionLeads: words(`hoje atualmente agora ex o a um uma`),
  formerWords: words(`ex antigo antiga`),
  complementRoles: words(`membro integrante`),
  copulas: words(`é era foi`),
  relativeWho: words(`que quem`),
  expertiseVerbs: words(`estuda pesquisa leciona dirige preside coordena chefia`),
  asWords: words(`como`),
  conjunctions: words(`mas porém embora enquanto porque quando pois`),
  andWords: words(`e`),
  pluralEndings: [['ões', 'ão'], ['es', ''], ['s', '']],
  prepositions: words(`de da do das dos em na no para com ao aos à às pelo pela`),
  cueWords: words(`disse diz afirmou afirma declarou declara falou fala acrescentou explicou explica segundo
    contou conta ressaltou destacou comentou avaliou afirmou completou concluiu respondeu escreveu alertou
    lembrou garantiu`),
  continuationCues: words(`acrescentou completou emendou prosseguiu`),
  indefinites: words(`um uma`),
  kinNouns: words(`mãe pai filho filha mulher marido irmão irmã esposa esposo viúva`),
  aliasWords: words(`alias vulgo apelidado apelidada`),
  ageWords: words(`anos`),
  pseudonymWords: words(`nome nomes pseudônimo pseudónimo anonimato anônimo anônima identidade`),
  stopWords: words(`o a os as um uma e ou mas em no na nos nas de do da dos das por pelo pela para com sem sob
    sobre após antes depois desde quando onde como porque que quem ele ela eles elas nós eu você seu sua se
    então também segundo segunda terça quarta quinta sexta sábado domingo norte sul leste oeste são santa santo
    foto leia veja ao à`),
  sentenceConnectors: words(`além entretanto contudo porém também ainda assim então depois antes todavia enquanto`),
  placePrepositions: words(`em`),
  months: words(`janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro`),
  // Organisation names start with their head noun ("Hospital das Clínicas"): a place noun at the end of
  // a run is a surname ("Fernanda Costa").
  orgHeadFirst: true,
  orgWords: words(`universidade faculdade escola instituto hospital clínica sociedade associação fundação conselho
    comitê comissão departamento ministério agência secretaria serviço polícia tribunal supremo câmara senado
    congresso partido união aliança federação confederação liga clube grupo companhia empresa banco fundo
    autoridade organização rede jornal folha revista rádio igreja exército equipe programa lei rua avenida
    praça cidade estado região ilha praia baía rio lago monte serra vale costa mar oceano porto aeroporto
    estação ponte torre estádio museu presídio república reino copa campeonato taça`),
};
