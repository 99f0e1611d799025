// GraphiQL for Accord Graph: the endpoints are this service's own (the paths in the address are
// taken only when they are paths on this origin), and the query and variables live in the address
// too, so that a link shares them.
(function () {
    const params = new URLSearchParams(window.location.search);
    const ownPath = (value, fallback) => (value && /^\/[A-Za-z0-9_\-/]*$/.test(value) && !value.startsWith('//')) ? value : fallback;
    const path = ownPath(params.get('path'), '/graphql');
    // subscriptions go over the WebSocket endpoint the service names in wsPath (graphql-ws)
    const wsPath = ownPath(params.get('wsPath'), null);
    const fetcher = GraphiQL.createFetcher({
        url: new URL(path, window.location.origin).href,
        wsClient: wsPath ? graphqlWs.createClient({
            url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${wsPath}`
        }) : undefined,
    });
    const defaultQuery = `# Ask Accord Graph: run with the pink button or Ctrl-Enter.
# The book icon (top left) documents every type and field.
query HostingRotation {
  hostingRotation(series: "central-asia-tip-conference") {
    year
    country { code name }
    conference { slug city startDate }
    citations { quote verbatim source { title } }
  }
}
`;
    function remember(name, value) {
        value ? params.set(name, value) : params.delete(name);
        history.replaceState(null, '', `${location.pathname}?${params}`);
    }
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
        fetcher,
        defaultQuery,
        query: params.get('query') ?? undefined,
        variables: params.get('variables') ?? undefined,
        onEditQuery: query => remember('query', query),
        onEditVariables: variables => remember('variables', variables),
        headerEditorEnabled: true,
        shouldPersistHeaders: true,
    }));
})();
