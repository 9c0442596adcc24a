// The file-system floor of a one-report rebuild: what any tool that keeps the output
// atomic (stage, exchange, delete the old) must do, and nothing else.
// Build: cc -O2 -o one-report-floor one-report-floor.c -lpthread (Linux: renameat2, copy_file_range).
// usage: one-report-floor OUTPUT ALL_LIST CHANGED_LIST NEWTREE THREADS [kept]
// ALL_LIST: every file of the output after a one-report rebuild (`find . -type f`, run in it);
// CHANGED_LIST: the files that rebuild wrote (with a hard-linked copy of the output made
// before it, `find . -type f -links 1`); NEWTREE: a copy of that output (the bytes to write).
// OUTPUT: a copy of the output to rebuild, again and again (with `kept`, first make
// OUTPUT.floor-kept with `cp -al OUTPUT OUTPUT.floor-kept`). See docs/PERFORMANCE.md,
// "The old output kept as the next staging folder".
// - links every unchanged file of OUTPUT into a staging folder (folders made as needed),
// - writes each changed file (its bytes read from NEWTREE before the clock starts;
//   the big parted files (data/*) copied from the old file with copy_file_range, then the
//   changed bytes written, as sitegen does),
// - exchanges the staging folder with OUTPUT (renameat2 RENAME_EXCHANGE),
// - deletes the old tree.
// With a 6th argument ("kept"): the staging folder is the tree the run before kept
// (OUTPUT.floor-kept): the changed files' stale copies are deleted from it, the new ones
// written, the exchange made, and the old output renamed to be kept; nothing else.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <pthread.h>
#include <sys/stat.h>
#include <ftw.h>
#include <time.h>
#include <stdint.h>

static char **all, **chg; static int nall, nchg; static char **bytes; static size_t *sizes;
static const char *out; static char staging[4096];
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
static char **readlist(const char *p,int *n){FILE*f=fopen(p,"r");char line[4096];int cap=8192;char**v=malloc(cap*sizeof*v);*n=0;while(fgets(line,sizeof line,f)){line[strcspn(line,"\n")]=0;char*s=line;if(s[0]=='.'&&s[1]=='/')s+=2;v[(*n)++]=strdup(s);}fclose(f);return v;}
static int changed(const char*p){for(int i=0;i<nchg;i++)if(!strcmp(chg[i],p))return 1;return 0;}
static pthread_mutex_t mk=PTHREAD_MUTEX_INITIALIZER;
static void mkparents(const char*path){char b[4096];snprintf(b,sizeof b,"%s/%s",staging,path);for(char*s=b+strlen(staging)+1;*s;s++)if(*s=='/'){*s=0;mkdir(b,0755);*s='/';}}
struct range{int from,to;};
static void *linker(void*a){struct range*r=a;char o[4096],s[4096];for(int i=r->from;i<r->to;i++){if(changed(all[i]))continue;snprintf(o,sizeof o,"%s/%s",out,all[i]);snprintf(s,sizeof s,"%s/%s",staging,all[i]);if(link(o,s)!=0){if(errno==ENOENT){pthread_mutex_lock(&mk);mkparents(all[i]);pthread_mutex_unlock(&mk);if(link(o,s)!=0){perror(s);exit(1);}}else{perror(s);exit(1);}}}return 0;}
static int rmone(const char*p,const struct stat*sb,int flag,struct FTW*f){(void)sb;(void)flag;(void)f;return remove(p);}
int main(int argc,char**argv){
  out=argv[1];all=readlist(argv[2],&nall);chg=readlist(argv[3],&nchg);const char*newtree=argv[4];int threads=atoi(argv[5]); int keptmode=argc>6;
  bytes=calloc(nchg,sizeof*bytes);sizes=calloc(nchg,sizeof*sizes);
  for(int i=0;i<nchg;i++){char p[4096];snprintf(p,sizeof p,"%s/%s",newtree,chg[i]);FILE*f=fopen(p,"rb");fseek(f,0,SEEK_END);sizes[i]=ftell(f);fseek(f,0,SEEK_SET);bytes[i]=malloc(sizes[i]+1);fread(bytes[i],1,sizes[i],f);fclose(f);}
  snprintf(staging,sizeof staging,"%s.floor-staging",out);
  double t0=now();
  char kept[4096];snprintf(kept,sizeof kept,"%s.floor-kept",out);
  if(keptmode){ if(rename(kept,staging)!=0){perror("take kept");exit(1);} for(int i=0;i<nchg;i++){char s[4096];snprintf(s,sizeof s,"%s/%s",staging,chg[i]);unlink(s);} }
  else {
  mkdir(staging,0755);
  pthread_t th[8];struct range r[8];
  for(int t=0;t<threads;t++){r[t].from=nall*t/threads;r[t].to=nall*(t+1)/threads;pthread_create(&th[t],0,linker,&r[t]);}
  for(int t=0;t<threads;t++)pthread_join(th[t],0);
  }
  double t1=now();
  for(int i=0;i<nchg;i++){char s[4096],o[4096];snprintf(s,sizeof s,"%s/%s",staging,chg[i]);mkparents(chg[i]);int fd=open(s,O_WRONLY|O_CREAT|O_EXCL,0644);if(fd<0){perror(s);exit(1);}
    size_t done=0;
    if(!strncmp(chg[i],"data/",5)){snprintf(o,sizeof o,"%s/%s",out,chg[i]);int in=open(o,O_RDONLY);struct stat st;fstat(in,&st);size_t keep=st.st_size<(off_t)sizes[i]?st.st_size:sizes[i];keep=keep*95/100;loff_t a=0,b=0;while(done<keep){ssize_t n=copy_file_range(in,&a,fd,&b,keep-done,0);if(n<=0)break;done+=n;}close(in);}
    while(done<sizes[i]){ssize_t n=pwrite(fd,bytes[i]+done,sizes[i]-done,done);if(n<=0){perror("write");exit(1);}done+=n;}
    close(fd);}
  double t2=now();
  if(renameat2(AT_FDCWD,staging,AT_FDCWD,out,RENAME_EXCHANGE)!=0){perror("exchange");exit(1);}
  double t3=now();
  if(keptmode){ if(rename(staging,kept)!=0){perror("keep");exit(1);} } else nftw(staging,rmone,64,FTW_DEPTH|FTW_PHYS);
  double t4=now();
  printf("link %.1f ms, write %.1f ms, exchange %.1f ms, delete %.1f ms, total %.1f ms\n",(t1-t0)*1e3,(t2-t1)*1e3,(t3-t2)*1e3,(t4-t3)*1e3,(t4-t0)*1e3);
  return 0;}
