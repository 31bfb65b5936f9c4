// English function words: they say nothing about a job or a person's experience, so search and
// evidence ignore them. Hand-written; lowercase.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either etc few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other our ours ourselves out over own per same she should
  so some such than that the their theirs them themselves then there these they this those through to too
  under until up upon us very via was we were what when where which while who whom why will with within
  without would you your yours yourself yourselves e.g i.e`.split(/\s+/),
);
