/**
 * The commonest function words of each language written in Latin script (articles, pronouns,
 * prepositions, conjunctions, auxiliaries), lower case, space-separated. Only a word that is in
 * one language's list alone counts for it (`de`, `la`, `a`, `que` are shared and count for none),
 * so each list only needs to be typical, not complete. Adding a language is adding a row.
 */
export const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to is that it for with was he she said are this have be by not from they his her has but at which who would were been will their its an or there what when about after',
  de: 'der die das und ist nicht ein eine mit den dem auch sich auf für von zu des im es wird sind wie nach bei aus sie er hat werden nur noch einer einem eines wurde sagte vom zum zur aber oder wenn dass über',
  fr: 'le la les et est des une du en que qui pour dans pas sur au avec il elle ce sont ont mais par plus aux cette nous être été leur ses son sa ou où aussi selon comme fait très tout',
  es: 'el la los las y es que en un una por para con del se su al lo como más pero sus fue ha está son este esta también muy hay sobre entre cuando desde porque según ya',
  it: 'il lo la gli le e è di che un una per con del della dei non sono ha si nel alla anche come più questo ma al da degli delle nella sul sulla stato essere ci',
  pt: 'o a os as e é de que um uma para com não do da dos das no na em por se mais ao foi são como mas seu sua também pelo pela já ser nos nas',
  pl: 'i w na się nie z do że to jest o od jak po ale za co dla są ze tak przez czy był jego już oraz może tym które który która jednak także lub',
  nl: 'de het een en van is dat niet op te zijn voor met die ook aan er maar om als bij wordt nog door naar ze hij heeft dit worden werd zich',
  cs: 'a je se na v že to s z do o jako ale pro by tak jsou od po které který která byl jeho už jen také při než bude nebo ani',
};
