# Server CPU and wall time per SPARQL request against a running `kg serve` (Linux: reads /proc).
#   python3 bench/httpcpu.py PORT SERVER_PID [N]
# Per query kind (ASK {} and posts-of-person, twice each): 600 warm-up requests, then N sequential requests over
# one keep-alive connection and N more from 2 clients. Server CPU is that of Jetty's request threads (qtp*)
# divided by the requests, so the JIT and GC threads of a fresh JVM are left out. Only sends to 127.0.0.1.
import http.client, urllib.parse, json, re, sys, time, os, threading
port=int(sys.argv[1]); pid=int(sys.argv[2]); n=int(sys.argv[3]) if len(sys.argv)>3 else 400
qdir=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','src/main/resources/org/w3id/vnkg/bench/queries/')
tck=os.sysconf('SC_CLK_TCK')
def cpu():
    # the request threads only (Jetty's pool, named qtp...): JIT compiler and GC threads of a fresh JVM left out
    tot=0
    for t in os.listdir('/proc/%d/task'%pid):
        try:
            if not open('/proc/%d/task/%s/comm'%(pid,t)).read().startswith('qtp'): continue
            f=open('/proc/%d/task/%s/stat'%(pid,t)).read().rsplit(')',1)[1].split()
            tot+=int(f[11])+int(f[12])
        except FileNotFoundError: pass
    return tot/tck
def conn(): return http.client.HTTPConnection('127.0.0.1',port)
def run(c,q):
    body='query='+urllib.parse.quote(q)
    c.request('POST','/kg/sparql',body,{'Content-Type':'application/x-www-form-urlencoded','Accept':'application/sparql-results+json'})
    r=c.getresponse(); d=r.read()
    if r.status!=200: raise Exception(d[:300])
    return d
c=conn()
def lit(v):
    if v['type']=='uri': return '<%s>'%v['value']
    s=json.dumps(v['value'],ensure_ascii=False)
    return s+('@'+v['xml:lang'] if 'xml:lang' in v else '')
rows=json.loads(run(c,open(qdir+'sample-values.rq').read()))['results']['bindings']
areas=json.loads(run(c,open(qdir+'sample-areas.rq').read()))['results']['bindings']
def bind(q,m):
    for k,v in m.items(): q=re.sub(r'\?%s\b'%k,lambda _:v,q)
    return q
who=[bind(open(qdir+'who-held-post-at-date.rq').read(),{'role':lit(r['role']),'organization':lit(r['organization']),'date':json.dumps(r['date']['value'][:10])}) for r in rows]
person=[bind(open(qdir+'posts-of-person.rq').read(),{'name':lit(r['name'])}) for r in rows]
fig=[bind(open(qdir+'province-figures.rq').read(),{'area':lit(a['area'])}) for a in areas]
kinds=[('ASK {}',['ASK {}']),('posts-of-person',person),('ASK {}',['ASK {}']),('posts-of-person',person)]
def pct(a,p): a=sorted(a); return a[min(len(a)-1,int(p/100*len(a)))]
print('values: %d holdings, %d areas'%(len(rows),len(areas)))
for name,qs in kinds:
    c=conn()
    for i in range(600): run(c,qs[i%len(qs)])
    c0=cpu(); t0=time.perf_counter(); ms=[]; size=0
    for i in range(n):
        t=time.perf_counter(); size+=len(run(c,qs[i%len(qs)])); ms.append((time.perf_counter()-t)*1000)
    wall=time.perf_counter()-t0; sc=(cpu()-c0)*1000/n
    # 2 clients, same count each
    lat=[]; lock=threading.Lock()
    def client(off):
        cc=conn(); mine=[]
        for i in range(n//2):
            t=time.perf_counter(); run(cc,qs[(i+off)%len(qs)]); mine.append((time.perf_counter()-t)*1000)
        with lock: lat.extend(mine)
    ths=[threading.Thread(target=client,args=(o,)) for o in (0,7919)]
    t2=time.perf_counter(); [t.start() for t in ths]; [t.join() for t in ths]; w2=time.perf_counter()-t2
    print('%-22s 1 client: p50 %.2f p99 %.2f ms, server CPU %.2f ms/req, %.0f B/resp | 2 clients: p50 %.2f p99 %.2f ms, %.0f req/s'%(
        name,pct(ms,50),pct(ms,99),sc,size/n,pct(lat,50),pct(lat,99),len(lat)/w2))
